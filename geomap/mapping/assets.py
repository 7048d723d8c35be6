"""The scripts and stylesheets a map needs, inlined so the HTML file works offline.

Leaflet and Leaflet.markercluster come from the ``XStatic-Leaflet`` and
``XStatic-Leaflet-MarkerCluster`` packages (PyPI wheels that ship the libraries'
release files); geomap's own page code lives next to this module. Nothing is
copied into geomap: the files are read from the installed packages when a map
is built, and images the stylesheets refer to become ``data:`` URIs.
"""

from __future__ import annotations

import base64
import functools
import importlib
import re
from pathlib import Path

from geomap.errors import GeomapError

__all__ = ["leaflet_assets", "plugin_assets", "inline_script", "inline_style"]

_STATIC = Path(__file__).with_name("static")
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^)'\"]+)['\"]?\s*\)")


def _package_dir(module: str, pypi_name: str) -> Path:
    try:
        package = importlib.import_module(module)
    except ImportError as error:
        raise GeomapError(
            f"the map needs the {pypi_name} package for its offline scripts: pip install {pypi_name}"
        ) from error
    return Path(package.BASE_DIR)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise GeomapError(f"cannot read map asset {path}: {error.strerror}; reinstall geomap") from error


def _data_uri(path: Path) -> str:
    kind = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif"}.get(path.suffix, "")
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _embed_css_urls(css: str, base: Path) -> str:
    def replace(match: re.Match[str]) -> str:
        target = match.group(1)
        if target.startswith(("data:", "#")):
            return match.group(0)
        local = base / target
        return f'url("{_data_uri(local)}")' if local.is_file() else 'url("")'

    return _CSS_URL.sub(replace, css)


def inline_script(code: str) -> str:
    """Return ``code`` as an inline ``<script>`` element."""
    return "<script>\n" + _SOURCE_MAP.sub("", code).replace("</script", "<\\/script") + "\n</script>"


def inline_style(css: str) -> str:
    """Return ``css`` as an inline ``<style>`` element."""
    return "<style>\n" + css.replace("</style", "<\\/style") + "\n</style>"


@functools.cache
def leaflet_assets() -> tuple[str, str]:
    """Return Leaflet's stylesheet and script as inline HTML elements.

    Returns
    -------
    tuple of str
        ``(style_html, script_html)``.
    """
    base = _package_dir("xstatic.pkg.leaflet", "XStatic-Leaflet")
    css = _embed_css_urls(_read(base / "leaflet.css"), base)
    return inline_style(css), inline_script(_read(base / "leaflet.js"))


@functools.cache
def plugin_assets() -> tuple[str, str]:
    """Return the stylesheets and scripts geomap adds on top of Leaflet, as inline HTML.

    Returns
    -------
    tuple of str
        ``(style_html, script_html)``: Leaflet.markercluster and geomap's page code.
    """
    base = _package_dir("xstatic.pkg.leaflet_markercluster", "XStatic-Leaflet-MarkerCluster")
    sheets = ("MarkerCluster.css", "MarkerCluster.Default.css")
    css = "\n".join(_embed_css_urls(_read(base / name), base) for name in sheets)
    css += "\n" + _read(_STATIC / "geomap.css")
    scripts = inline_script(_read(base / "leaflet.markercluster.js")) + "\n" + inline_script(
        _read(_STATIC / "geomap.js")
    )
    return inline_style(css), scripts
