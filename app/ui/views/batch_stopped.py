"""The message shown when a refusal stopped a split send: which parts went out, which did not, and
an offer to send the remaining parts (only those that certainly were not created)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.campaign import SubmissionState
from app.services.submission import SendOutcome
from app.ui.dialogs import Dialogs
from app.ui.error_text import describe
from app.ui.plural import plural

_CONTEXT = "BatchStopped"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def stopped_text(outcome: SendOutcome) -> tuple[str, str]:
    """(what happened, which parts went out and which did not, with the provider's reason)."""
    reason = describe(outcome.refusal)[0] if outcome.refusal is not None else ""
    refused = next((p for p in outcome.parts if p.state is SubmissionState.FAILED and p.part_index), None)
    count = len(outcome.parts)
    if refused is not None:
        text = _tr(QT_TRANSLATE_NOOP("BatchStopped", "The provider refused part %1 of %2, so VoiceDesk stopped.")).replace(
            "%1", str(refused.part_index)).replace("%2", str(count))
    else:
        text = _tr(QT_TRANSLATE_NOOP("BatchStopped", "The provider refused a part, so VoiceDesk stopped."))
    went = [str(p.part_index) for p in outcome.went_out]
    left = [str(p.part_index) for p in outcome.not_sent]
    lines = [reason] if reason else []
    lines.append(plural(_CONTEXT, len(went), QT_TRANSLATE_NOOP("BatchStopped", "Sent: part %1."), QT_TRANSLATE_NOOP("BatchStopped", "Sent: parts %1.")).replace("%1", ", ".join(went))
                 if went else _tr(QT_TRANSLATE_NOOP("BatchStopped", "None of the parts was sent.")))
    if left:
        lines.append(plural(_CONTEXT, len(left), QT_TRANSLATE_NOOP("BatchStopped", "Not sent: part %1."), QT_TRANSLATE_NOOP("BatchStopped", "Not sent: parts %1.")).replace("%1", ", ".join(left)))
    return text, "\n".join(lines)


def show_batch_stopped(parent: QWidget, dialogs: Dialogs, outcome: SendOutcome,
                       send_remaining: Callable[[str], None]) -> None:
    """Tell the user the batch stopped and offer "Send the remaining parts" when some were not sent."""
    text, detail = stopped_text(outcome)
    batch_id = outcome.batch_id
    if batch_id is None or not outcome.not_sent:
        dialogs.error(parent, _tr(QT_TRANSLATE_NOOP("BatchStopped", "Sending stopped")), text, detail)
        return
    dialogs.confirm(parent, _tr(QT_TRANSLATE_NOOP("BatchStopped", "Sending stopped")), text, _tr(QT_TRANSLATE_NOOP("BatchStopped", "Send the remaining parts")),
                    lambda: send_remaining(batch_id), informative=detail)
