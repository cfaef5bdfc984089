"""The page frame holds together on a desktop screen and on a phone.

Set GESS_SCREENSHOT_DIR to keep the screenshots (for instance /tmp) and look at them.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def box(page: Page, role: str, **kwargs) -> dict:
    locator = page.get_by_role(role, **kwargs)
    expect(locator).to_be_visible()
    return locator.bounding_box()


def overlaps(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.fixture
def screenshot_dir(tmp_path) -> Path:
    return Path(os.environ.get("GESS_SCREENSHOT_DIR") or tmp_path)


@pytest.mark.parametrize("width", [1280, 375])
def test_home_page_frame_has_no_overlap_and_no_sideways_scrolling(
    page: Page, width, screenshot_dir
):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/en/")
    page.screenshot(path=str(screenshot_dir / f"home-{width}.png"), full_page=True)

    header = box(page, "banner")
    main = box(page, "main")
    sidebar = box(page, "complementary", name="Your account")
    footer = box(page, "contentinfo")
    expect(page.get_by_role("complementary").get_by_label("E-mail")).to_be_visible()

    for a, b in [(header, main), (header, sidebar), (main, sidebar), (main, footer)]:
        assert not overlaps(a, b), (a, b)
    assert header["y"] + header["height"] <= main["y"]
    assert max(main["y"] + main["height"], sidebar["y"] + sidebar["height"]) <= footer["y"]
    if width >= 1024:
        assert sidebar["x"] >= main["x"] + main["width"], "the sidebar sits beside the content"
        assert sidebar["y"] == pytest.approx(main["y"], abs=2)
    else:
        assert sidebar["y"] >= main["y"] + main["height"], "the sidebar follows the content"

    # The footer ends the page even when the content is short.
    page_height = page.evaluate("document.documentElement.scrollHeight")
    assert footer["y"] + footer["height"] == pytest.approx(page_height, abs=1)
    assert footer["y"] + footer["height"] >= 900 - 1

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, "nothing sticks out sideways"
