"""Composition root: the only place that creates objects from several layers and wires them.

`python -m app` runs the app; `--self-test` checks it end to end offscreen; `request` and `preview`
are the command-line tools for support and approval.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tempfile

    from app.composition import Composition

# Only what parsing the command line and showing the window need is imported at the top: asyncio,
# qasync and the app's layers come once the window is on screen (bench/bundle.py measures this).

log = logging.getLogger("app")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="voicedesk", description="Compose, preview, send and track voice campaigns.")
    parser.add_argument("--self-test", action="store_true", help="start offscreen, get a Sandbox token, print 'self-test ok'")
    parser.add_argument("--sandbox-speed", type=float, default=None, help="how fast Sandbox campaigns progress (x real time)")
    sub = parser.add_subparsers(dest="command")
    request = sub.add_parser("request", help="print the JSON request(s) sending an exported draft would POST")
    request.add_argument("draft", type=Path)
    request.add_argument("--reference", help="the unique campaign name to use (default: a new one)")
    preview = sub.add_parser("preview", help="render the local preview of an exported draft to a WAV file")
    preview.add_argument("draft", type=Path)
    preview.add_argument("-o", "--output", type=Path, required=True)
    return parser.parse_args(argv)


def run(argv: list[str] | None = None) -> int:
    """Entry point of `voicedesk` and `python -m app`."""
    multiprocessing.freeze_support()  # the preview worker is a spawned process, also when frozen
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.command == "request":
        from app.cli import request_command

        return request_command(args.draft, args.reference)
    if args.command == "preview":
        from app.cli_preview import preview_command

        return preview_command(args.draft, args.output)
    return run_gui(self_test=args.self_test, sandbox_speed=args.sandbox_speed)


def _setup_logging() -> None:
    import logging.handlers

    from app.services.paths import log_dir

    handler = logging.handlers.RotatingFileHandler(log_dir() / "voicedesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # request lines could carry ids; keep logs lean


def run_gui(*, self_test: bool = False, sandbox_speed: float | None = None) -> int:
    """Start Qt, show the real window (greyed out, "Opening your draft…") and let it paint, then
    start the qasync loop and build the rest into it; run until the window closes."""
    scratch: tempfile.TemporaryDirectory[str] | None = None
    if self_test:
        import tempfile

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        scratch = tempfile.TemporaryDirectory(prefix="voicedesk-self-test-")
        for name in ("DATA", "CACHE", "LOG"):
            os.environ[f"VOICEDESK_{name}_DIR"] = str(Path(scratch.name) / name.lower())
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    # VoiceDesk uses no pydantic plugins: skip their discovery (a scan of every installed package's
    # entry points when the first model is built).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from PySide6.QtWidgets import QApplication  # PySide6 before qasync (qasync #23)

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)  # we flush and close clients first (qasync #39)
    _brand(qt_app)
    window = open_window()
    window.show()
    qt_app.processEvents()  # paint it now: the async machinery and the app's layers load after
    import asyncio

    import qasync

    _setup_logging()
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(_main(qt_app, window, self_test=self_test, sandbox_speed=sandbox_speed))
    finally:
        if scratch is not None:
            scratch.cleanup()


def _brand(qt_app: Any) -> None:
    from PySide6.QtGui import QIcon

    from app.about import app_metadata
    from app.services.paths import resources_dir

    qt_app.setApplicationName("VoiceDesk")
    qt_app.setApplicationDisplayName("VoiceDesk")
    qt_app.setOrganizationName("VoiceDesk")
    qt_app.setApplicationVersion(app_metadata().version)
    qt_app.setDesktopFileName("voicedesk")  # Wayland matches the window to voicedesk.desktop
    icon = resources_dir() / "icons" / "voicedesk.svg"
    if icon.exists():
        qt_app.setWindowIcon(QIcon(str(icon)))
    from app.services.paths import data_dir
    from app.ui.translations import install_translators, stored_language

    setting = stored_language(data_dir() / "voicedesk.sqlite3")
    install_translators(qt_app, resources_dir() / "translations", setting)


async def _main(qt_app: Any, window: Any, *, self_test: bool, sandbox_speed: float | None) -> int:
    """Build the rest into the shown window, then run until it closes."""
    import asyncio

    closed = asyncio.Event()  # connected first: the user may close the window while it opens
    qt_app.lastWindowClosed.connect(closed.set)
    await next_turn()  # let Qt paint the window before the heavy imports and building start
    try:
        app = await compose(sandbox_speed=sandbox_speed, window=window)
    except Exception as exc:  # the reason is printed, the exit code says it failed
        log.exception("start-up failed")
        print(f"VoiceDesk could not start: {exc}", file=sys.stderr)
        return 1
    await next_turn()  # the pages have been laid out and painted
    _report_ready()
    if os.environ.get("VOICEDESK_SCREENSHOT_ROW"):  # developer aid for scripts/screenshot.sh
        app.window.move(0, 0)
        app.window.go_to(int(os.environ["VOICEDESK_SCREENSHOT_ROW"]))
    if self_test:
        code = await _self_test(app)
        await app.aclose()
        return code
    if not closed.is_set():
        await closed.wait()
    await app.aclose()
    return 0


async def next_turn() -> None:
    """Return once Qt has handled what is already queued (a show's paint, a relayout)."""
    import asyncio

    from PySide6.QtCore import QTimer

    done = asyncio.get_running_loop().create_future()
    QTimer.singleShot(0, lambda: done.done() or done.set_result(None))
    await done


def _report_ready() -> None:
    """For bench/bundle.py: when VOICEDESK_REPORT_READY names a file, write the wall-clock time
    (time.time()) at which the draft is loaded and the pages are usable and painted (the
    counterpart of VOICEDESK_REPORT_SHOWN, written by packaging/rthook_bench.py)."""
    target = os.environ.get("VOICEDESK_REPORT_READY")
    if target:
        import time

        Path(target).write_text(repr(time.time()), encoding="utf-8")


async def _self_test(app: Composition) -> int:
    """The window is shown and a Sandbox token is obtained from both simulators."""
    import asyncio

    from app.domain.providers import ProviderId

    try:
        if not app.window.isVisible():
            raise RuntimeError("the main window is not visible")
        for provider in ProviderId:
            gateway = await app.gateways.get("sandbox", provider)
            await asyncio.wait_for(gateway.check_credentials(), timeout=20)
    except Exception as exc:
        print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("self-test ok", flush=True)
    return 0


def _page_labels(window: Any) -> list[str]:
    """The sidebar's entries, in order: listed (greyed out) while the app opens, then given pages."""
    return [window.tr("1. Message"), window.tr("2. Recipients"), window.tr("3. Delivery"),
            window.tr("4. Review and send"), window.tr("Drafts"), window.tr("Campaigns")]


def open_window() -> Any:
    """The real main window before its pages exist: title, menus, Sandbox banner and the step names
    greyed out around "Opening your draft…". Imports Qt and the window only, so it shows at once;
    compose(window=...) fills it. Until then every action but Quit is disabled."""
    from app.ui.actions import ACTION_SPECS, ActionRegistry
    from app.ui.main_window import MainWindow

    actions = ActionRegistry(None)  # parented to the window below
    window = MainWindow(actions)
    actions.setParent(window)
    window.set_banner(window.tr("Sandbox account: practice freely. Nobody is called and nothing is charged."))
    window.begin_opening(_page_labels(window))
    actions.bind("quit", window.close)
    _menus(window, actions)
    for spec in ACTION_SPECS:
        actions.get(spec.name).setEnabled(spec.name == "quit")  # enabled once bound, in compose()
    return window


async def compose(
    *,
    sandbox_speed: float | None = None,
    tracking_interval: float = 3.0,
    window: Any = None,
) -> Composition:
    """Build the store, providers, services, view-models and pages, wired, into `window` (one from
    open_window(), perhaps already shown; a new one if None), and load the last open draft."""
    import asyncio

    from app.composition import Composition

    if window is None:
        window = open_window()
    await asyncio.sleep(0)  # between stages Qt may repaint the opening window
    from app.domain.campaign import CampaignDraft
    from app.domain.providers import ProviderId
    from app.providers.sandbox.account import SANDBOX_ACCOUNT_ID, SandboxAccount
    from app.services.accounts import AccountService
    from app.services.gateway_factory import account_gateway_factory
    from app.services.secrets import SecretStore
    from app.services.settings import Settings
    from app.services.autosave import DraftAutosaver
    from app.services.gateways import GatewayRegistry
    from app.services.paths import data_dir
    from app.services.store import Store
    from app.services.submission import SubmissionService
    from app.services.tracking import TrackingService
    from app.ui.actions import ACTION_SPECS
    from app.ui.dialogs import Dialogs
    from app.ui.error_text import describe
    from app.ui.tasks import TaskRunner
    from app.ui.viewmodels.campaigns_vm import CampaignsViewModel
    from app.ui.viewmodels.draft_vm import DraftViewModel
    from app.ui.viewmodels.send_vm import SendViewModel

    await asyncio.sleep(0)
    from app.ui.views.campaigns_page import CampaignsPage
    from app.ui.views.message_page import MessagePage
    from app.ui.views.review_page import ReviewPage

    store = Store(data_dir() / "voicedesk.sqlite3")
    sandbox = SandboxAccount(speed=sandbox_speed or float(os.environ.get("VOICEDESK_SANDBOX_SPEED", "5")),
                             state_path=data_dir() / "sandbox.sqlite3")

    async def gateway_for(account_id: str, provider: ProviderId) -> Any:
        if account_id == SANDBOX_ACCOUNT_ID:
            return sandbox.gateway(provider)
        return await accounts.gateway(account_id, provider)

    secrets = SecretStore()
    settings = Settings(store)
    accounts = AccountService(store, secrets, account_gateway_factory(sandbox), settings=settings)
    gateways = GatewayRegistry(gateway_for)
    tasks = TaskRunner()
    dialogs = Dialogs()
    updates: list[Any] = []  # listeners of submission changes, filled once the view-models exist

    def on_submission(sub: Any) -> None:
        for listener in updates:
            listener(sub)

    from app.services.audiences import AudienceService

    audiences = AudienceService(gateways)
    submissions = SubmissionService(store, gateways, on_update=on_submission, audiences=audiences)
    tracking = TrackingService(store, gateways, on_update=on_submission, interval=tracking_interval)
    autosaver = DraftAutosaver(store)
    loop = asyncio.get_event_loop()
    # Edits may arrive between loop iterations (tests, nested Qt loops): hand them over on the loop.
    draft_vm = DraftViewModel(on_change=lambda draft: loop.call_soon(autosaver.changed, draft))
    send_vm = SendViewModel(draft_vm, submissions, tasks)
    campaigns_vm = CampaignsViewModel(store, submissions, tracking, tasks)
    updates.append(campaigns_vm.apply)

    actions = window.actions_registry
    for qobject in (tasks, dialogs, draft_vm, send_vm, campaigns_vm):
        qobject.setParent(window)  # the window owns the app's QObjects: nothing outlives it
    account_choice = await _account_choice(draft_vm, accounts, settings, tasks, window)
    app = Composition(store, gateways, sandbox, submissions, tracking, autosaver, tasks, dialogs,
                      draft_vm, send_vm, campaigns_vm, window, audiences=audiences, accounts=accounts,
                      account_choice=account_choice)
    app.closers.append(_async(sandbox.close))  # saves its clock, frees its file

    def new_draft(provider: ProviderId = ProviderId.ROUTEE) -> CampaignDraft:
        """A new draft on the account last chosen for its provider (else the Sandbox), with its sender."""
        account_id, sender = account_choice.for_new_draft(provider)
        draft = CampaignDraft(account_id=account_id, provider=provider)
        draft.delivery.sender = sender
        return draft

    def show_error(exc: BaseException) -> None:
        text, details = describe(exc)
        dialogs.error(window, window.tr("VoiceDesk"), text, details)

    tasks.failed.connect(show_error)
    send_vm.send_failed.connect(show_error)
    campaigns_vm.failed.connect(show_error)

    message_page = MessagePage(draft_vm)
    review_page = ReviewPage(send_vm, dialogs, account_choice)
    campaigns_page = CampaignsPage(campaigns_vm, dialogs)
    app.pages.update(message=message_page, review=review_page, campaigns=campaigns_page)
    await asyncio.sleep(0)
    _add_feature_pages(app, new_draft)
    labels = _page_labels(window)
    window.add_page(labels[0], message_page, scroll=True)
    window.add_page(labels[1], app.pages["recipients"])
    window.add_page(labels[2], app.pages["delivery"], scroll=True)
    window.add_page(labels[3], review_page)
    window.add_page(labels[4], app.pages["drafts"])
    window.add_page(labels[5], campaigns_page)

    def on_sent(sub: Any) -> None:
        tracking.poke()
        window.show_page(campaigns_page)

    send_vm.sent.connect(on_sent)
    send_vm.batch_stopped.connect(lambda _outcome: tracking.poke())

    restored = await autosaver.restore()
    draft = restored or new_draft()
    if restored is None:
        await autosaver.open(draft)
    draft_vm.load(draft)
    _bind_actions(app, actions)
    present_accounts = _bind_accounts(app, accounts, secrets)
    _wire_accounts(app, present_accounts)
    for spec in ACTION_SPECS:
        actions.get(spec.name).setEnabled(True)
    window.finish_opening()
    campaigns_vm.load()
    tasks.run(submissions.reconcile_pending(), name="reconcile at start")
    tracking.start()
    send_vm.refresh()
    return app


async def _account_choice(draft_vm: Any, accounts: Any, settings: Any, tasks: Any, window: Any) -> Any:
    """The view-model of the account the open draft sends through, with the settings and accounts read."""
    from app.ui.viewmodels.draft_account_vm import DraftAccountViewModel

    await settings.load()
    choice = DraftAccountViewModel(draft_vm, accounts, settings, tasks)
    choice.setParent(window)
    await choice.load()
    return choice


def _wire_accounts(app: Composition, present_accounts: Callable[[], None]) -> None:
    """“Send with” in step 4, the Sandbox banner only while the draft practises, the notes on why
    the account changed, and the account names in the Campaigns list."""
    from app.ui.widgets.account_chooser import AccountChooser

    window, choice = app.window, app.account_choice
    chooser = AccountChooser(choice)
    chooser.manage_requested.connect(present_accounts)
    app.pages["review"].add_account_chooser(chooser)
    sandbox_text = window.tr("Sandbox account: practice freely. Nobody is called and nothing is charged.")

    def show_banner(*_: Any) -> None:
        window.set_banner(sandbox_text if choice.is_sandbox else "")

    def name_accounts() -> None:
        app.campaigns_vm.model.set_accounts(choice.known_accounts())

    choice.account_changed.connect(show_banner)
    choice.note.connect(window.set_note)
    choice.accounts_changed.connect(name_accounts)
    show_banner()
    window.set_note(choice.last_note)  # said while the open draft was restored
    name_accounts()


def _bind_actions(app: Composition, actions: Any) -> None:
    """What each menu action does; the work itself lives in the view-models."""
    from app.domain.campaign import new_reference
    from app.domain.message import SpokenText
    from app.domain.validation import DraftInvalid
    from app.ui.views.support import RequestDialog, pick_save_file, show_about

    window, drafts, draft_vm = app.window, app.pages["drafts"], app.draft_vm
    actions.bind("new_draft", drafts.vm.request_new)
    actions.bind("import_draft", drafts.ask_import)
    actions.bind("export_draft", lambda: pick_save_file(
        window, window.tr("Export the draft"), window.tr("VoiceDesk drafts (*.voicedraft)"), "voicedraft",
        lambda path: drafts.vm.request_export(draft_vm.draft.id, path)))
    actions.bind("about", lambda: show_about(window))

    def export_preview() -> None:
        message = draft_vm.draft.message
        if not isinstance(message, SpokenText) or not message.text.strip():
            app.dialogs.error(window, window.tr("Export preview"), window.tr("Write the spoken text first."))
            return
        pick_save_file(window, window.tr("Export the preview"), window.tr("WAV audio (*.wav)"), "wav",
                       lambda path: app.tasks.run(app.preview_vm.export(message.text, message.language, message.gender, Path(path))))

    async def show_request() -> None:
        draft = draft_vm.draft
        prepared = await app.submissions.prepare(draft)
        gateway = await app.gateways.get(draft.account_id, draft.provider)
        try:
            bodies = gateway.build_requests(draft, new_reference(draft.name or "Campaign"), prepared.numbers)
            problems: list[str] = []
        except DraftInvalid as exc:
            bodies, problems = None, [p.message for p in exc.problems]
        dialog = RequestDialog(bodies, problems, window)
        dialog.open()

    actions.bind("export_preview", export_preview)
    actions.bind("show_request", lambda: app.tasks.run(show_request(), name="show request"))
    _bind_do_not_call(app, actions)


def _bind_do_not_call(app: Composition, actions: Any) -> None:
    """The do-not-call window, built on first use; every change re-checks the open send."""
    built: list[Any] = []

    def present() -> None:
        if not built:
            from app.services.do_not_call import DoNotCallService
            from app.ui.viewmodels.do_not_call_vm import DoNotCallViewModel
            from app.ui.views.do_not_call_dialog import DoNotCallDialog

            service = DoNotCallService(app.store)
            app.closers.append(_async(service.close))  # its worker processes must not outlive the app
            vm = DoNotCallViewModel(service, app.tasks, lambda: app.draft_vm.draft.audience.default_country)
            vm.setParent(app.window)
            vm.list_changed.connect(app.send_vm.refresh)
            built.append(DoNotCallDialog(vm, app.dialogs, app.window))
        built[0].present()

    actions.bind("do_not_call", present)
    app.pages["review"].do_not_call_requested.connect(present)


def _bind_accounts(app: Composition, accounts: Any, secrets: Any) -> Callable[[], None]:
    """Tools > Accounts: the dialog and its view-model are built the first time it is asked for
    (it is rarely used); returns the function that shows it."""

    def present() -> None:
        if app.accounts_dialog is None:
            from app.ui.viewmodels.accounts_vm import AccountsViewModel
            from app.ui.views.accounts_dialog import AccountsDialog

            accounts_vm = AccountsViewModel(accounts, app.tasks, secrets)
            accounts_vm.setParent(app.window)
            accounts_vm.credentials_changed.connect(
                lambda account_id: app.tasks.run(app.gateways.forget(account_id)))
            accounts_vm.accounts_changed.connect(lambda _accounts: app.account_choice.reload())
            app.accounts_dialog = AccountsDialog(accounts_vm, app.dialogs, app.window)
        app.accounts_dialog.present()

    app.window.actions_registry.bind("accounts", present)
    return present


def _menus(window: Any, actions: Any) -> None:
    """The menu bar (built with the opening window; the actions are bound once the app is composed)."""
    file_menu = window.menuBar().addMenu(window.tr("&File"))
    for name in ("new_draft", "import_draft", "export_draft", "export_preview"):
        file_menu.addAction(actions.get(name))
    file_menu.addSeparator()
    file_menu.addAction(actions.get("quit"))
    tools = window.menuBar().addMenu(window.tr("&Tools"))
    tools.addAction(actions.get("accounts"))
    tools.addAction(actions.get("do_not_call"))
    tools.addAction(actions.get("show_request"))
    help_menu = window.menuBar().addMenu(window.tr("&Help"))
    help_menu.addAction(actions.get("about"))


def _add_feature_pages(app: Composition, new_draft: Any) -> None:
    """Recipients, Delivery and Drafts pages, the call-script editor and the local preview, wired."""
    from app.domain.message import AudioFile, CallScript, SpokenText
    from app.domain.providers import ProviderId
    from app.cli_preview import script_text
    from app.providers.sandbox.account import SANDBOX_ACCOUNT_ID
    from app.services.paths import cache_dir
    from app.services.preview import PreviewService
    from app.services.recipients_import import RecipientsImporter
    from app.ui.viewmodels.audience_vm import AudienceViewModel
    from app.ui.viewmodels.delivery_vm import DeliveryViewModel
    from app.ui.viewmodels.drafts_vm import DraftsViewModel
    from app.ui.viewmodels.preview_vm import PreviewViewModel
    from app.ui.viewmodels.recipients_vm import RecipientsViewModel
    from app.ui.views.delivery_page import DeliveryPage
    from app.ui.views.drafts_page import DraftsPage
    from app.ui.views.recipients_page import RecipientsPage
    from app.ui.widgets.call_script_editor import CallScriptEditor
    from app.ui.widgets.player_bar import PlayerBar
    from app.ui.widgets.provider_audience import ProviderAudienceBox
    from app.ui.widgets.wav_picker import WavPicker

    draft_vm, tasks = app.draft_vm, app.tasks
    importer = RecipientsImporter()
    app.closers.append(_async(importer.close))  # its worker processes must not outlive the app
    recipients_vm = RecipientsViewModel(importer, tasks)
    recipients_vm.audience_changed.connect(draft_vm.set_audience)
    # every draft change (other fields of the audience too) reaches it; the same numbers cost nothing
    draft_vm.changed.connect(lambda: recipients_vm.set_audience(draft_vm.draft.audience))
    recipients_vm.set_audience(draft_vm.draft.audience)
    app.pages["recipients"] = RecipientsPage(recipients_vm, app.dialogs)
    audience_vm = AudienceViewModel(draft_vm, app.audiences, tasks, app.window)
    audience_vm.counted.connect(app.send_vm.refresh)  # the Review step says the counted number
    routee_sim = app.sandbox.routee
    audience_vm.set_examples(SANDBOX_ACCOUNT_ID, list(routee_sim.contacts), list(routee_sim.groups))
    audience_box = ProviderAudienceBox(audience_vm)
    app.pages["recipients"].add_audience_widget(audience_box, audience_box.numbers_shown)
    audience_box.refresh()

    async def load_calendars() -> list[Any]:
        gateway = await app.gateways.get(draft_vm.draft.account_id, ProviderId.NAXAI)
        return await gateway.client.list_calendars()

    async def check_calendar(calendar_id: str, when: Any) -> Any:
        gateway = await app.gateways.get(draft_vm.draft.account_id, ProviderId.NAXAI)
        return await gateway.client.check_calendar(calendar_id, int(when.timestamp() * 1000))

    delivery_vm = DeliveryViewModel(draft_vm, load_calendars, check_calendar, tasks)
    app.pages["delivery"] = DeliveryPage(draft_vm, delivery_vm)

    drafts_vm = DraftsViewModel(app.store, draft_vm, tasks, autosaver=app.autosaver, new_draft=new_draft)
    drafts_page = DraftsPage(drafts_vm, app.dialogs)
    drafts_vm.open_requested.connect(lambda: app.window.go_to(0))
    app.pages["drafts"] = drafts_page

    preview_service = PreviewService(cache_dir() / "previews")
    preview_vm = PreviewViewModel(preview_service, tasks)
    app.preview_vm = preview_vm
    for view_model in (recipients_vm, delivery_vm, drafts_vm, preview_vm):
        view_model.setParent(app.window)  # destroyed with the window, media player included
    app.closers.append(preview_service.aclose)
    app.closers.append(_async(preview_vm.shutdown))
    message_page = app.pages["message"]
    message_page.add_player(PlayerBar(preview_vm))
    message_page.add_audio_widget(WavPicker(draft_vm, preview_vm, tasks))

    def speak(text: str) -> None:
        message = draft_vm.draft.message
        language = getattr(message, "language", draft_vm.caps.default_language)
        gender = getattr(message, "gender", draft_vm.caps.default_gender)
        preview_vm.preview(text, language, gender)

    def listen() -> None:
        message = draft_vm.draft.message
        if isinstance(message, SpokenText):
            speak(message.text)
        elif isinstance(message, AudioFile) and message.local_path:
            preview_vm.play_file(message.local_path)
        elif isinstance(message, CallScript):
            speak(script_text(message))

    message_page.preview_requested.connect(listen)
    app.pages["review"].listen_requested.connect(listen)
    script_editor = CallScriptEditor(draft_vm)
    script_editor.preview_requested.connect(speak)
    script_editor.play_all_requested.connect(lambda texts: speak(" … ".join(texts)))
    message_page.set_script_editor(script_editor)


def _async(fn: Any) -> Any:
    """An awaitable wrapper around a plain closing function, for Composition.closers."""

    async def call() -> None:
        fn()

    return call
