"""The open draft changes only through the view-model, which keeps it within what the provider offers."""

from app.domain.message import CallScript, SpokenText
from app.domain.providers import Gender, ProviderId
from app.ui.viewmodels.draft_vm import DraftViewModel


def test_switching_provider_keeps_the_text_and_moves_language_to_what_it_offers(qtbot) -> None:
    saved = []
    vm = DraftViewModel(on_change=saved.append)
    vm.set_text("Bonjour")
    vm.set_language("fr-FR")
    vm.set_gender(Gender.MALE)
    vm.set_provider(ProviderId.NAXAI)
    message = vm.draft.message
    assert isinstance(message, SpokenText)
    assert (message.text, message.language, message.gender) == ("Bonjour", "fr-FR", Gender.MALE)
    vm.set_language("nl-BE")
    vm.set_provider(ProviderId.ROUTEE)  # Routee has no Dutch: the default language is used
    assert vm.draft.message.language == "en-GB"
    assert saved[-1] == vm.draft and len(saved) == 6


def test_a_call_script_becomes_spoken_text_for_a_provider_without_scripts(qtbot) -> None:
    vm = DraftViewModel()
    vm.set_provider(ProviderId.NAXAI)
    vm.set_text("Coupure d'eau demain")
    vm.set_message_kind("script")
    assert isinstance(vm.draft.message, CallScript)
    assert vm.draft.message.welcome.say == "Coupure d'eau demain"
    vm.set_provider(ProviderId.ROUTEE)
    assert vm.draft.message == SpokenText(text="Coupure d'eau demain", language="en-GB", gender=Gender.FEMALE)


def test_loading_a_draft_is_not_an_edit(qtbot) -> None:
    saved = []
    vm = DraftViewModel(on_change=saved.append)
    other = vm.draft.model_copy(update={"name": "Other"})
    with qtbot.waitSignal(vm.loaded):
        vm.load(other)
    assert saved == [] and vm.draft.name == "Other"
