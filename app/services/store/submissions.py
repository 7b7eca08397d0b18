"""Submissions in the store: intents recorded before a request leaves, their states, the parts of a
split send (with what each part sends) and every status change."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.campaign import CampaignDraft, CampaignStatus, Submission, SubmissionState
from app.domain.providers import ProviderId
from app.services.store.connection import StoreConnection
from app.services.store.errors import InvalidTransition, NotFoundInStore, StoreError
from app.services.store.timestamps import from_iso, now, to_iso

# States a submission may leave; the others are final.
OPEN_STATES = (SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED)


@dataclass(frozen=True)
class StatusHistoryEntry:
    """One recorded change of a submission's campaign status."""

    submission_id: str
    status: CampaignStatus
    recorded_at: datetime


class SubmissionStore(StoreConnection):
    """The submissions table and its status history; a submission moves only along allowed states."""

    @staticmethod
    def _row_to_submission(row: sqlite3.Row | tuple[Any, ...]) -> Submission:
        return Submission(
            id=row[0],
            draft_id=row[1],
            name=row[2],
            reference=row[3],
            provider=ProviderId(row[4]),
            account_id=row[5],
            recipient_count=row[6],
            state=SubmissionState(row[7]),
            provider_id=row[8],
            status=CampaignStatus.model_validate_json(row[9]),
            error=row[10],
            created_at=from_iso(row[11]),
            sent_at=None if row[12] is None else from_iso(row[12]),
            batch_id=row[13],
            part_index=row[14],
            part_count=row[15],
        )

    _SUBMISSION_COLUMNS = (
        "id, draft_id, name, reference, provider, account_id, recipient_count, state, "
        "provider_id, status, error, created_at, sent_at, batch_id, part_index, part_count"
    )

    def _get_submission(self, submission_id: str) -> Submission:
        row = (
            self._connection()
            .execute(
                f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions WHERE id = ?", (submission_id,)
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundInStore("That submission is not recorded.")
        return self._row_to_submission(row)

    def _insert_intent(self, conn: sqlite3.Connection, submission: Submission, part_request: str | None) -> Submission:
        intent = submission.model_copy(update={"state": SubmissionState.INTENT})
        try:
            conn.execute(
                f"INSERT INTO submissions({self._SUBMISSION_COLUMNS}, part_request, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    intent.id,
                    intent.draft_id,
                    intent.name,
                    intent.reference,
                    str(intent.provider),
                    intent.account_id,
                    intent.recipient_count,
                    str(intent.state),
                    intent.provider_id,
                    intent.status.model_dump_json(),
                    intent.error,
                    to_iso(intent.created_at),
                    None if intent.sent_at is None else to_iso(intent.sent_at),
                    intent.batch_id,
                    intent.part_index,
                    intent.part_count,
                    part_request,
                    to_iso(now()),
                ),
            )
        except sqlite3.IntegrityError as exc:
            raise StoreError(
                "This submission is already recorded; it was not recorded twice.", exc
            ) from exc
        return intent

    async def record_intent(self, submission: Submission) -> Submission:
        """Record the intent to submit BEFORE the request leaves; its reference must be unique."""

        def _record() -> Submission:
            with self._tx() as conn:
                return self._insert_intent(conn, submission, None)

        return await self._run(_record)

    async def record_intents(
        self, parts: Sequence[tuple[Submission, CampaignDraft, list[str]]]
    ) -> list[Submission]:
        """Record the intent of every part of a batch in one transaction, before any request leaves,
        each with what it sends (its draft and numbers), so a part not sent can be sent later."""

        def _record() -> list[Submission]:
            with self._tx() as conn:
                return [
                    self._insert_intent(
                        conn, sub, json.dumps({"draft": draft.model_dump(mode="json"), "numbers": numbers})
                    )
                    for sub, draft, numbers in parts
                ]

        return await self._run(_record)

    async def part_request(self, submission_id: str) -> tuple[CampaignDraft, list[str]]:
        """What a part of a batch sends (its draft and numbers), as recorded with its intent."""

        def _load() -> tuple[CampaignDraft, list[str]]:
            row = (
                self._connection()
                .execute("SELECT part_request FROM submissions WHERE id = ?", (submission_id,))
                .fetchone()
            )
            if row is None or row[0] is None:
                raise NotFoundInStore("What this part sends is not recorded.")
            data = json.loads(row[0])
            return CampaignDraft.model_validate(data["draft"]), list(data["numbers"])

        return await self._run(_load)

    async def list_batch(self, batch_id: str) -> list[Submission]:
        """Every attempt at every part of a batch, by part, oldest attempt first."""

        def _list() -> list[Submission]:
            rows = self._connection().execute(
                f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions WHERE batch_id = ? "
                "ORDER BY part_index, created_at, rowid",
                (batch_id,),
            )
            return [self._row_to_submission(r) for r in rows]

        return await self._run(_list)

    def _transition(
        self,
        submission_id: str,
        new_state: SubmissionState,
        allowed_from: tuple[SubmissionState, ...],
        **fields: Any,
    ) -> Submission:
        with self._tx() as conn:
            current = self._get_submission(submission_id)
            if current.state == new_state and all(
                getattr(current, column) == value for column, value in fields.items()
            ):
                return current  # repeating a transition is harmless
            if current.state not in allowed_from:
                raise InvalidTransition(
                    f"A submission that is {current.state.value} cannot become {new_state.value}."
                )
            sets = ["state = ?", "updated_at = ?"]
            values: list[Any] = [str(new_state), to_iso(now())]
            for column, value in fields.items():
                sets.append(f"{column} = ?")
                values.append(value)
            conn.execute(
                f"UPDATE submissions SET {', '.join(sets)} WHERE id = ?", (*values, submission_id)
            )
        return self._get_submission(submission_id)

    async def mark_sending(self, submission_id: str) -> Submission:
        """The request may leave now: from here on, a failure is ambiguous until looked up."""

        def _mark() -> Submission:
            current = self._get_submission(submission_id)
            if current.state is SubmissionState.SENDING:
                return current  # repeating a transition is harmless (and keeps the first time)
            return self._transition(
                submission_id, SubmissionState.SENDING, (SubmissionState.INTENT,), sent_at=to_iso(now())
            )

        return await self._run(_mark)

    async def mark_confirmed(self, submission_id: str, provider_id: str) -> Submission:
        """The provider gave its id for this campaign (directly or by reconciliation)."""
        return await self._run(
            lambda: self._transition(
                submission_id,
                SubmissionState.CONFIRMED,
                OPEN_STATES,
                provider_id=provider_id,
                error=None,
            )
        )

    async def mark_unconfirmed(self, submission_id: str, error: str) -> Submission:
        """An ambiguous failure: the campaign may exist; reconcile by lookup, never resend."""
        return await self._run(
            lambda: self._transition(
                submission_id,
                SubmissionState.UNCONFIRMED,
                (SubmissionState.SENDING, SubmissionState.UNCONFIRMED),
                error=error,
            )
        )

    async def mark_failed(self, submission_id: str, error: str) -> Submission:
        """The provider certainly did not create the campaign (it refused the request)."""
        return await self._run(
            lambda: self._transition(
                submission_id, SubmissionState.FAILED, OPEN_STATES, error=error
            )
        )

    async def mark_not_sent(self, submission_id: str, reason: str | None = None) -> Submission:
        """Reconciliation proved nothing was created at the provider."""
        return await self._run(
            lambda: self._transition(
                submission_id, SubmissionState.NOT_SENT, OPEN_STATES, error=reason
            )
        )

    async def update_status(self, submission_id: str, status: CampaignStatus) -> bool:
        """Store the latest campaign status; adds a history entry when state or counts changed.

        Returns True when something changed.
        """

        def _update() -> bool:
            with self._tx() as conn:
                current = self._get_submission(submission_id)
                old = current.status
                changed = (
                    old.state != status.state
                    or old.provider_state != status.provider_state
                    or old.counts != status.counts
                    or old.total != status.total
                    or old.finished != status.finished
                )
                data = status.model_dump_json()
                conn.execute(
                    "UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?",
                    (data, to_iso(now()), submission_id),
                )
                if changed:
                    conn.execute(
                        "INSERT INTO submission_status_history(submission_id, status, recorded_at) "
                        "VALUES (?, ?, ?)",
                        (submission_id, data, to_iso(status.updated_at)),
                    )
                return changed

        return await self._run(_update)

    async def get_submission(self, submission_id: str) -> Submission:
        """One submission; raises NotFoundInStore when unknown."""
        return await self._run(lambda: self._get_submission(submission_id))

    async def find_submission_by_reference(self, reference: str) -> Submission | None:
        """The submission recorded with this unique reference, or None."""

        def _find() -> Submission | None:
            row = (
                self._connection()
                .execute(
                    f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions WHERE reference = ?",
                    (reference,),
                )
                .fetchone()
            )
            return None if row is None else self._row_to_submission(row)

        return await self._run(_find)

    async def list_submissions(
        self, *, states: Iterable[SubmissionState] | None = None, limit: int | None = None
    ) -> list[Submission]:
        """Submissions, newest first, optionally only in some states."""
        wanted = None if states is None else [str(s) for s in states]

        def _list() -> list[Submission]:
            sql = f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions"
            args: list[Any] = []
            if wanted is not None:
                sql += f" WHERE state IN ({','.join('?' * len(wanted))})"
                args.extend(wanted)
            sql += " ORDER BY created_at DESC, rowid DESC"
            if limit is not None:
                sql += " LIMIT ?"
                args.append(limit)
            return [self._row_to_submission(r) for r in self._connection().execute(sql, args)]

        if wanted == []:
            return []
        return await self._run(_list)

    async def pending_reconciliation(self) -> list[Submission]:
        """Submissions whose outcome is unknown (intent, sending or unconfirmed), oldest first.

        At start these are looked up at the provider by reference, never resent.
        """
        subs = await self.list_submissions(states=OPEN_STATES)
        return list(reversed(subs))

    async def status_history(self, submission_id: str) -> list[StatusHistoryEntry]:
        """Every recorded status change of a submission, oldest first."""

        def _history() -> list[StatusHistoryEntry]:
            rows = self._connection().execute(
                "SELECT submission_id, status, recorded_at FROM submission_status_history "
                "WHERE submission_id = ? ORDER BY id",
                (submission_id,),
            )
            return [
                StatusHistoryEntry(r[0], CampaignStatus.model_validate_json(r[1]), from_iso(r[2]))
                for r in rows
            ]

        return await self._run(_history)
