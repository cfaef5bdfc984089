from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files in a folder of its own, to see exactly what is left there."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)
