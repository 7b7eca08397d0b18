"""The smallest PySide6 QtWidgets + QtMultimedia window: the yardstick for bench/bundle.py.

`bench/bundle.py` freezes this with the same spec as VoiceDesk (`voicedesk.spec -- --minimal`)
and compares folder size and start time. `--self-test` shows the window and exits at once.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Minimal")
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("Minimal QtWidgets + QtMultimedia window"))
        play = QPushButton("Play")
        play.clicked.connect(lambda: self.player.setSource(QUrl.fromLocalFile(sys.argv[-1])))
        layout.addWidget(play)
        self.setCentralWidget(body)


def main() -> int:
    app = QApplication(sys.argv)
    window = Window()
    window.show()
    if "--self-test" in sys.argv:
        QTimer.singleShot(0, lambda: (print("self-test ok", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
