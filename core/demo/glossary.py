"""Demo glossary terms. Filled in by the glossary work of issue 3."""


def load() -> dict:
    return {}
