"""Sphinx configuration: MyST Markdown pages, API reference from docstrings."""

project = "xuncha"
author = "The xuncha developers"
copyright = "2026, The xuncha developers"
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
html_theme = "furo"
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
language = "en"

# Straight quotes stay straight: an example copied from a page must run, and “curly” quotes are a SyntaxError.
smartquotes = False

# The copy button copies what a reader types: the `>>> ` and `... ` prompts and the output lines are left out.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_remove_prompts = True
