"""Render the VoiceDesk application icon from its SVG sources (reproducible; outputs are committed).

    python packaging/make_icons.py

Reads resources/icons/voicedesk.svg (48 px and up) and voicedesk-small.svg (a simplified drawing
for 16-32 px, where five bars and a shadow turn to mush) and writes, into resources/icons/:

- voicedesk-<N>.png for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor theme, Qt window
  icon, About dialog);
- voicedesk.ico (Windows: 16, 24, 32, 48, 64, 128, 256, PNG-compressed entries);
- voicedesk.icns (macOS: 16..1024 including the @2x variants, PNG entries).

Rendering uses PySide6's QSvgRenderer (QtSvg is part of PySide6-Essentials), offscreen.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
MASTER = ICONS / "voicedesk.svg"
SMALL = ICONS / "voicedesk-small.svg"
SMALL_MAX = 32  # sizes up to this use the simplified drawing

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size) for the PNG-based icns entries
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(size: int) -> QImage:
    """The icon at `size` x `size` pixels, transparent background, antialiased."""
    source = SMALL if size <= SMALL_MAX else MASTER
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("PNG encoding failed")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico with PNG-compressed entries (supported since Windows Vista)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG entries (supported since OS X 10.7)."""
    body = b""
    for ostype, size in ICNS_TYPES:
        blob = images[size]
        body += ostype + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: png_bytes(render(size)) for size in sorted(needed)}
    for size in PNG_SIZES:
        (ICONS / f"voicedesk-{size}.png").write_bytes(pngs[size])
    (ICONS / "voicedesk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "voicedesk.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, voicedesk.ico and voicedesk.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
