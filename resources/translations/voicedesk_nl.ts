<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Send from &amp;account:</source>
        <translation>Verzenden vanaf &amp;account:</translation>
    </message>
    <message>
        <source>Account that sends the calls</source>
        <translation>Account dat de oproepen verzendt</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>Accounts &amp;beheren…</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Accounts beheren</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Routee and Naxai (simulated)</source>
        <translation>Routee en Naxai (gesimuleerd)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>For example: Town hall Routee</source>
        <translation>Bijvoorbeeld: Routee gemeentehuis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Application or client id</source>
        <translation>Applicatie- of client-id</translation>
    </message>
    <message>
        <source>Application or &amp;client id:</source>
        <translation>Applicatie- of &amp;client-id:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheim:</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>Afzendernummer</translation>
    </message>
    <message>
        <source>The number people see, for example 3225550100</source>
        <translation>Het nummer dat mensen zien, bijvoorbeeld 3225550100</translation>
    </message>
    <message>
        <source>Sender &amp;number:</source>
        <translation>Afzender&amp;nummer:</translation>
    </message>
    <message>
        <source>Advanced: provider addresses</source>
        <translation>Geavanceerd: adressen van de provider</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adres</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-adres:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Aanmeldadres</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Aanmeldadres:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own addresses. Only https:// is allowed.</source>
        <translation>Laat leeg om de eigen adressen van de provider te gebruiken. Alleen https:// is toegestaan.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Save, then ask the provider for a sign-in token with these details.</source>
        <translation>Opslaan en dan de provider met deze gegevens om een aanmeldtoken vragen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>The secret the provider gave you</source>
        <translation>Het geheim dat u van de provider kreeg</translation>
    </message>
    <message>
        <source>Built in: no secret needed</source>
        <translation>Ingebouwd: geen geheim nodig</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>Opgeslagen in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>The application id from the Routee console</source>
        <translation>De applicatie-id uit de Routee-console</translation>
    </message>
    <message>
        <source>The client id from the Naxai console</source>
        <translation>De client-id uit de Naxai-console</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbinding testen…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1” verwijderen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AccountsViewModel</name>
    <message>
        <source>A campaign sent through “%1” is not confirmed yet. Check it with the provider on the Campaigns page first, then remove the account.</source>
        <translation>Een campagne die via „%1” is verzonden, is nog niet bevestigd. Controleer ze eerst bij de provider op de pagina Campagnes en verwijder daarna het account.</translation>
    </message>
    <message>
        <source>Its secret is deleted from the system keyring.</source>
        <translation>Het geheim wordt uit de sleutelbos van het systeem gewist.</translation>
    </message>
    <message>
        <source>%n saved draft uses it: when opened, it goes back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n opgeslagen concept gebruikt het: bij het openen gaat het terug naar de Sandbox, zodat niemand wordt gebeld tot u een ander account kiest.</translation>
    </message>
    <message>
        <source>%n saved drafts use it: when opened, they go back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n opgeslagen concepten gebruiken het: bij het openen gaan ze terug naar de Sandbox, zodat niemand wordt gebeld tot u een ander account kiest.</translation>
    </message>
    <message>
        <source>%n campaign was sent through it: it stays in the Campaigns list.</source>
        <translation>%n campagne is via dit account verzonden: ze blijft in de lijst Campagnes.</translation>
    </message>
    <message>
        <source>%n campaigns were sent through it: they stay in the Campaigns list.</source>
        <translation>%n campagnes zijn via dit account verzonden: ze blijven in de lijst Campagnes.</translation>
    </message>
    <message>
        <source>%n of them is still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n daarvan loopt nog en kan niet worden gevolgd tot u dit account opnieuw toevoegt (met dezelfde applicatie-id).</translation>
    </message>
    <message>
        <source>%n of them are still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n daarvan lopen nog en kunnen niet worden gevolgd tot u dit account opnieuw toevoegt (met dezelfde applicatie-id).</translation>
    </message>
    <message>
        <source>No draft or campaign uses it.</source>
        <translation>Geen enkel concept of campagne gebruikt het.</translation>
    </message>
    <message>
        <source>Connected to the Sandbox (Routee and Naxai).</source>
        <translation>Verbonden met de Sandbox (Routee en Naxai).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Nieuw concept</translation>
    </message>
    <message>
        <source>Start a new message</source>
        <translation>Een nieuw bericht beginnen</translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation>Concept &amp;importeren…</translation>
    </message>
    <message>
        <source>Open a .voicedraft file a colleague sent</source>
        <translation>Een .voicedraft-bestand openen dat een collega stuurde</translation>
    </message>
    <message>
        <source>&amp;Export draft…</source>
        <translation>Concept &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save this draft as a .voicedraft file to share</source>
        <translation>Dit concept opslaan als .voicedraft-bestand om te delen</translation>
    </message>
    <message>
        <source>Export &amp;preview as WAV…</source>
        <translation>&amp;Voorbeeld exporteren als WAV…</translation>
    </message>
    <message>
        <source>Save the local preview as a WAV file</source>
        <translation>Het lokale voorbeeld opslaan als WAV-bestand</translation>
    </message>
    <message>
        <source>Show the &amp;API request…</source>
        <translation>&amp;API-verzoek tonen…</translation>
    </message>
    <message>
        <source>For support: the exact request sending would make</source>
        <translation>Voor de ondersteuning: het exacte verzoek dat verzenden zou doen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Add or edit provider accounts</source>
        <translation>Accounts van providers toevoegen of bewerken</translation>
    </message>
    <message>
        <source>&amp;Do-not-call list…</source>
        <translation>&amp;Niet-bellen-lijst…</translation>
    </message>
    <message>
        <source>Numbers that are never called, in any campaign</source>
        <translation>Nummers die nooit worden gebeld, in geen enkele campagne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About VoiceDesk</source>
        <translation>&amp;Over VoiceDesk</translation>
    </message>
</context>
<context>
    <name>AudienceViewModel</name>
    <message>
        <source>%n person</source>
        <translation>%n persoon</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n personen</translation>
    </message>
    <message>
        <source>To practise in the Sandbox, try the contacts %1 and the groups %2.</source>
        <translation>Om te oefenen in de Sandbox, probeer de contacten %1 en de groepen %2.</translation>
    </message>
    <message>
        <source>Loading the segments of your Naxai account…</source>
        <translation>De segmenten van uw Naxai-account worden geladen…</translation>
    </message>
    <message>
        <source>The segments could not be loaded. %1</source>
        <translation>De segmenten konden niet worden geladen. %1</translation>
    </message>
    <message>
        <source>This Naxai account has no segments yet.</source>
        <translation>Dit Naxai-account heeft nog geen segmenten.</translation>
    </message>
    <message>
        <source>This segment is no longer in the account. Choose another one.</source>
        <translation>Dit segment staat niet meer in het account. Kies een ander segment.</translation>
    </message>
    <message>
        <source>Naxai is still preparing this segment: it cannot be called until it is ready. Press Refresh later to check again.</source>
        <translation>Naxai bereidt dit segment nog voor: het kan pas worden gebeld als het klaar is. Druk later op Vernieuwen om opnieuw te controleren.</translation>
    </message>
    <message>
        <source>Counting the people in this segment…</source>
        <translation>De personen in dit segment worden geteld…</translation>
    </message>
    <message>
        <source>The size of this segment could not be read. %1</source>
        <translation>De grootte van dit segment kon niet worden gelezen. %1</translation>
    </message>
    <message>
        <source>Add contacts or groups first.</source>
        <translation>Voeg eerst contacten of groepen toe.</translation>
    </message>
    <message>
        <source>Routee needs the calling number to count: enter it in step 3, Delivery.</source>
        <translation>Routee heeft het nummer van de beller nodig om te tellen: vul het in bij stap 3, Verzending.</translation>
    </message>
    <message>
        <source>Asking Routee…</source>
        <translation>Routee wordt gevraagd…</translation>
    </message>
    <message>
        <source>Counting stopped.</source>
        <translation>Tellen gestopt.</translation>
    </message>
    <message>
        <source>Routee has no contact with one of these ids. Check the contact ids.</source>
        <translation>Routee heeft geen contact met een van deze id&apos;s. Controleer de contact-id&apos;s.</translation>
    </message>
    <message>
        <source>Routee says: %1</source>
        <translation>Routee meldt: %1</translation>
    </message>
    <message>
        <source>Nobody would be called: the groups are empty or unknown, or everyone in them is blacklisted.</source>
        <translation>Niemand zou worden gebeld: de groepen zijn leeg of onbekend, of iedereen erin staat op de zwarte lijst.</translation>
    </message>
    <message>
        <source>Routee would call %1 in all.</source>
        <translation>Routee zou in totaal %1 bellen.</translation>
    </message>
    <message>
        <source>Group “%1”: %2.</source>
        <translation>Groep „%1”: %2.</translation>
    </message>
    <message>
        <source>nobody (empty or unknown)</source>
        <translation>niemand (leeg of onbekend)</translation>
    </message>
    <message>
        <source>In the groups, %1 besides the contacts named above.</source>
        <translation>In de groepen %1 naast de hierboven genoemde contacten.</translation>
    </message>
    <message>
        <source>%n contact is blacklisted and will not be called: %1.</source>
        <translation>%n contact staat op de zwarte lijst en wordt niet gebeld: %1.</translation>
    </message>
    <message>
        <source>%n contacts are blacklisted and will not be called: %1.</source>
        <translation>%n contacten staan op de zwarte lijst en worden niet gebeld: %1.</translation>
    </message>
    <message>
        <source>The list changed: press Count recipients to ask Routee again.</source>
        <translation>De lijst is gewijzigd: druk op Ontvangers tellen om het Routee opnieuw te vragen.</translation>
    </message>
</context>
<context>
    <name>BatchStopped</name>
    <message>
        <source>The provider refused part %1 of %2, so VoiceDesk stopped.</source>
        <translation>De provider weigerde deel %1 van %2, dus VoiceDesk is gestopt.</translation>
    </message>
    <message>
        <source>The provider refused a part, so VoiceDesk stopped.</source>
        <translation>De provider weigerde een deel, dus VoiceDesk is gestopt.</translation>
    </message>
    <message>
        <source>Sent: part %1.</source>
        <translation>Verzonden: deel %1.</translation>
    </message>
    <message>
        <source>Sent: parts %1.</source>
        <translation>Verzonden: delen %1.</translation>
    </message>
    <message>
        <source>None of the parts was sent.</source>
        <translation>Geen enkel deel is verzonden.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Niet verzonden: deel %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Niet verzonden: delen %1.</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Verzenden gestopt</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>De resterende delen verzenden</translation>
    </message>
</context>
<context>
    <name>CallScriptEditor</name>
    <message>
        <source>* (star)</source>
        <translation>* (sterretje)</translation>
    </message>
    <message>
        <source># (hash)</source>
        <translation># (hekje)</translation>
    </message>
    <message>
        <source>1. Welcome: what the caller hears first</source>
        <translation>1. Welkom: wat de gebelde persoon eerst hoort</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>For example: Hello, this is a message from your town hall.</source>
        <translation>Bijvoorbeeld: Goedendag, dit is een bericht van uw gemeente.</translation>
    </message>
    <message>
        <source>Listen to the welcome</source>
        <translation>Het welkomstbericht beluisteren</translation>
    </message>
    <message>
        <source>Problem with the welcome</source>
        <translation>Probleem met het welkomstbericht</translation>
    </message>
    <message>
        <source>How many times the welcome is played</source>
        <translation>Hoe vaak het welkomstbericht wordt afgespeeld</translation>
    </message>
    <message>
        <source>Times &amp;played:</source>
        <translation>Aantal keer &amp;afgespeeld:</translation>
    </message>
    <message>
        <source>2. Key-press menu: let the caller choose by pressing a key</source>
        <translation>2. Toetsenmenu: de gebelde persoon kiest door op een toets te drukken</translation>
    </message>
    <message>
        <source>Key-press menu</source>
        <translation>Toetsenmenu</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>For example: Press 1 to hear the details again, press 2 to speak to someone.</source>
        <translation>Bijvoorbeeld: Druk op 1 om de details opnieuw te horen, druk op 2 om iemand te spreken.</translation>
    </message>
    <message>
        <source>Listen to the question</source>
        <translation>De vraag beluisteren</translation>
    </message>
    <message>
        <source>Problem with the question</source>
        <translation>Probleem met de vraag</translation>
    </message>
    <message>
        <source>How many times the question is asked when no key is pressed</source>
        <translation>Hoe vaak de vraag wordt gesteld als er geen toets wordt ingedrukt</translation>
    </message>
    <message>
        <source>When the caller presses no key, the question is asked again, up to this number of times in all</source>
        <translation>Als de gebelde persoon geen toets indrukt, wordt de vraag opnieuw gesteld, tot dit aantal keer in totaal</translation>
    </message>
    <message>
        <source>Times &amp;asked:</source>
        <translation>Aantal keer ge&amp;vraagd:</translation>
    </message>
    <message>
        <source>+ Add a &amp;key</source>
        <translation>+ &amp;Toets toevoegen</translation>
    </message>
    <message>
        <source>Add a key the caller can press</source>
        <translation>Een toets toevoegen waarop de gebelde persoon kan drukken</translation>
    </message>
    <message>
        <source>Problem with the menu</source>
        <translation>Probleem met het menu</translation>
    </message>
    <message>
        <source>3. End: the last words before hanging up (optional)</source>
        <translation>3. Einde: de laatste woorden voor het ophangen (optioneel)</translation>
    </message>
    <message>
        <source>End message</source>
        <translation>Slotbericht</translation>
    </message>
    <message>
        <source>For example: Thank you, goodbye.</source>
        <translation>Bijvoorbeeld: Dank u, tot ziens.</translation>
    </message>
    <message>
        <source>Listen to the end message</source>
        <translation>Het slotbericht beluisteren</translation>
    </message>
    <message>
        <source>Problem with the end message</source>
        <translation>Probleem met het slotbericht</translation>
    </message>
    <message>
        <source>Detect answering machines and leave this message instead</source>
        <translation>Antwoordapparaten herkennen en in plaats daarvan dit bericht achterlaten</translation>
    </message>
    <message>
        <source>Detect answering machines</source>
        <translation>Antwoordapparaten herkennen</translation>
    </message>
    <message>
        <source>Voicemail message</source>
        <translation>Bericht voor antwoordapparaat</translation>
    </message>
    <message>
        <source>For example: This is your town hall: the water will be cut tomorrow from 8 to 12.</source>
        <translation>Bijvoorbeeld: Hier is uw gemeente: het water wordt morgen van 8 tot 12 uur afgesloten.</translation>
    </message>
    <message>
        <source>Listen to the voicemail message</source>
        <translation>Het bericht voor het antwoordapparaat beluisteren</translation>
    </message>
    <message>
        <source>Problem with the voicemail message</source>
        <translation>Probleem met het bericht voor het antwoordapparaat</translation>
    </message>
    <message>
        <source>Hear the whole call when the caller &amp;presses:</source>
        <translation>Het hele gesprek beluisteren als de gebelde persoon &amp;drukt op:</translation>
    </message>
    <message>
        <source>Key the caller presses in Play all</source>
        <translation>Toets die de gebelde persoon indrukt bij Alles afspelen</translation>
    </message>
    <message>
        <source>▶ Play &amp;all</source>
        <translation>▶ &amp;Alles afspelen</translation>
    </message>
    <message>
        <source>Play the whole call as the caller hears it</source>
        <translation>Het hele gesprek afspelen zoals de gebelde persoon het hoort</translation>
    </message>
    <message>
        <source>no key (welcome, question, end)</source>
        <translation>geen toets (welkom, vraag, einde)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>toets %1</translation>
    </message>
    <message>
        <source>an answering machine picks up</source>
        <translation>een antwoordapparaat neemt op</translation>
    </message>
    <message>
        <source>Write what the caller hears first, or give the address of a recording.</source>
        <translation>Schrijf wat de gebelde persoon eerst hoort, of geef het adres van een opname.</translation>
    </message>
    <message>
        <source>Write the message left on answering machines, or turn detection off.</source>
        <translation>Schrijf het bericht dat op antwoordapparaten wordt achtergelaten, of zet de herkenning uit.</translation>
    </message>
    <message>
        <source>Write the question that tells the caller which key to press.</source>
        <translation>Schrijf de vraag die de gebelde persoon zegt op welke toets te drukken.</translation>
    </message>
    <message>
        <source>Add at least one key the caller can press, or turn the menu off.</source>
        <translation>Voeg minstens één toets toe waarop de gebelde persoon kan drukken, of zet het menu uit.</translation>
    </message>
    <message>
        <source>Write what the caller hears after pressing %1.</source>
        <translation>Schrijf wat de gebelde persoon hoort na het drukken op %1.</translation>
    </message>
    <message>
        <source>Key %1 is used twice: choose another key.</source>
        <translation>Toets %1 wordt twee keer gebruikt: kies een andere toets.</translation>
    </message>
    <message>
        <source>Give the number to transfer the caller to.</source>
        <translation>Geef het nummer waarnaar de gebelde persoon wordt doorgeschakeld.</translation>
    </message>
    <message>
        <source>The address of a recording starts with https://</source>
        <translation>Het adres van een opname begint met https://</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Oproepen</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Aanvaard door de provider</translation>
    </message>
    <message>
        <source>Not confirmed yet: checking with the provider</source>
        <translation>Nog niet bevestigd: wordt nagevraagd bij de provider</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>Not sent (checked with the provider)</source>
        <translation>Niet verzonden (nagevraagd bij de provider)</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Wacht om te starten</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Bezig met bellen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 accepted; the others were not sent</source>
        <translation>%1 van %2 aanvaard; de andere zijn niet verzonden</translation>
    </message>
    <message>
        <source>%1 — %n campaign</source>
        <translation>%1 — %n campagne</translation>
    </message>
    <message>
        <source>%1 — %n campaigns</source>
        <translation>%1 — %n campagnes</translation>
    </message>
    <message>
        <source>Sandbox (practice)</source>
        <translation>Sandbox (oefenen)</translation>
    </message>
    <message>
        <source>An account not set up here</source>
        <translation>Een account dat hier niet is ingesteld</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>Practice on the Sandbox: nobody was called and nothing was charged.</source>
        <translation>Oefenen in de Sandbox: niemand werd gebeld en er werd niets aangerekend.</translation>
    </message>
    <message>
        <source>This account is not set up on this computer any more, so the campaign cannot be followed. Add the account again in Tools → Accounts, with the same application id, to follow it.</source>
        <translation>Dit account is niet meer ingesteld op deze computer, dus de campagne kan niet worden gevolgd. Voeg het account opnieuw toe via Extra → Accounts, met dezelfde applicatie-id, om ze te volgen.</translation>
    </message>
    <message>
        <source>Real calls, charged to the account “%1”.</source>
        <translation>Echte oproepen, aangerekend aan het account „%1”.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&lt;h2&gt;Campaigns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Campagnes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No campaign sent yet. When you send one from step 4, it shows here with its calls as they happen.</source>
        <translation>Nog geen campagne verzonden. Wanneer u er een verzendt in stap 4, verschijnt die hier, met de oproepen terwijl ze plaatsvinden.</translation>
    </message>
    <message>
        <source>Campaigns sent</source>
        <translation>Verzonden campagnes</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Nu &amp;vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Check with the provider</source>
        <translation>&amp;Navragen bij de provider</translation>
    </message>
    <message>
        <source>Ask the provider whether this campaign was created. It is never sent twice.</source>
        <translation>De provider vragen of deze campagne is aangemaakt. Ze wordt nooit twee keer verzonden.</translation>
    </message>
    <message>
        <source>Send the remaining &amp;parts…</source>
        <translation>Resterende &amp;delen verzenden…</translation>
    </message>
    <message>
        <source>Send the parts of this campaign that certainly were not sent. Parts that went out are never sent again.</source>
        <translation>De delen van deze campagne verzenden die zeker niet verzonden zijn. Delen die al vertrokken zijn, worden nooit opnieuw verzonden.</translation>
    </message>
    <message>
        <source>Reference at the provider: %1</source>
        <translation>Referentie bij de provider: %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>provider-id %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Laatste probleem: %1</translation>
    </message>
    <message>
        <source>Sent as %n campaign.</source>
        <translation>Verzonden als %n campagne.</translation>
    </message>
    <message>
        <source>Sent as %n campaigns because the provider takes a limited number of recipients per campaign.</source>
        <translation>Verzonden als %n campagnes, omdat de provider een beperkt aantal ontvangers per campagne aanvaardt.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Niet verzonden: deel %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Niet verzonden: delen %1.</translation>
    </message>
    <message>
        <source>Send the %n remaining part (%1 calls)? This is a paid service.</source>
        <translation>Het %n resterende deel (%1 oproepen) verzenden? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Send the %n remaining parts (%1 calls)? This is a paid service.</source>
        <translation>De %n resterende delen (%1 oproepen) verzenden? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Only the parts that certainly were not sent go out: %1.</source>
        <translation>Alleen de delen die zeker niet verzonden zijn, vertrekken: %1.</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>De resterende delen verzenden</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>When the caller presses</source>
        <translation>Als de gebelde persoon drukt op</translation>
    </message>
    <message>
        <source>speak this text</source>
        <translation>deze tekst uitspreken</translation>
    </message>
    <message>
        <source>play a recording from its address</source>
        <translation>een opname afspelen vanaf haar adres</translation>
    </message>
    <message>
        <source>transfer the call to a number</source>
        <translation>het gesprek doorschakelen naar een nummer</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Beluisteren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>For example: The water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Bijvoorbeeld: Het water wordt morgen van 8 tot 12 uur afgesloten.</translation>
    </message>
    <message>
        <source>Times played:</source>
        <translation>Aantal keer afgespeeld:</translation>
    </message>
    <message>
        <source>For example: +32 2 555 01 00</source>
        <translation>Bijvoorbeeld: +32 2 555 01 00</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> poging(en)</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <source>How many times the number is called if nobody answers (1 to 3)</source>
        <translation>Hoe vaak het nummer wordt gebeld als niemand opneemt (1 tot 3)</translation>
    </message>
    <message>
        <source>How long the number rings each time before giving up (5 to 30 seconds)</source>
        <translation>Hoe lang het nummer telkens overgaat voor het opgeven (5 tot 30 seconden)</translation>
    </message>
    <message>
        <source>ringing for up to</source>
        <translation>en laten overgaan tot</translation>
    </message>
    <message>
        <source>each</source>
        <translation>per keer</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Proberen:</translation>
    </message>
    <message>
        <source>Optional: heard only by the person who answers, before the caller is put through</source>
        <translation>Optioneel: alleen gehoord door wie opneemt, voordat de gebelde persoon wordt doorverbonden</translation>
    </message>
    <message>
        <source>&amp;Whisper:</source>
        <translation>&amp;Fluisterbericht:</translation>
    </message>
    <message>
        <source>Key of this choice</source>
        <translation>Toets van deze keuze</translation>
    </message>
    <message>
        <source>What happens when the caller presses %1</source>
        <translation>Wat er gebeurt als de gebelde persoon op %1 drukt</translation>
    </message>
    <message>
        <source>Text spoken after key %1</source>
        <translation>Tekst die na toets %1 wordt uitgesproken</translation>
    </message>
    <message>
        <source>Recording address played after key %1</source>
        <translation>Adres van de opname die na toets %1 wordt afgespeeld</translation>
    </message>
    <message>
        <source>Number the caller is transferred to after key %1</source>
        <translation>Nummer waarnaar de gebelde persoon na toets %1 wordt doorgeschakeld</translation>
    </message>
    <message>
        <source>How many times the transfer number is tried</source>
        <translation>Hoe vaak het doorschakelnummer wordt geprobeerd</translation>
    </message>
    <message>
        <source>How long the transfer number rings each time, in seconds</source>
        <translation>Hoe lang het doorschakelnummer telkens overgaat, in seconden</translation>
    </message>
    <message>
        <source>Whisper heard by the person who answers the transfer</source>
        <translation>Fluisterbericht voor wie de doorgeschakelde oproep beantwoordt</translation>
    </message>
    <message>
        <source>Listen to the whisper for key %1</source>
        <translation>Het fluisterbericht van toets %1 beluisteren</translation>
    </message>
    <message>
        <source>How many times the message of key %1 is played</source>
        <translation>Hoe vaak het bericht van toets %1 wordt afgespeeld</translation>
    </message>
    <message>
        <source>Listen to the message of key %1</source>
        <translation>Het bericht van toets %1 beluisteren</translation>
    </message>
    <message>
        <source>Remove the choice for key %1</source>
        <translation>De keuze voor toets %1 verwijderen</translation>
    </message>
    <message>
        <source>Problem with key %1</source>
        <translation>Probleem met toets %1</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Which column has the phone numbers?</source>
        <translation>Welke kolom bevat de telefoonnummers?</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers:</source>
        <translation>Kies de kolom met de telefoonnummers:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <source>&amp;Import this column</source>
        <translation>Deze kolom &amp;importeren</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&lt;h2&gt;3. Delivery&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Verzending&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Problem with this setting</source>
        <translation>Probleem met deze instelling</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Afzendernummer</translation>
    </message>
    <message>
        <source>&amp;Number people see:</source>
        <translation>&amp;Nummer dat mensen zien:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Nu verzenden</translation>
    </message>
    <message>
        <source>Send as soon as the campaign is sent</source>
        <translation>Bellen zodra de campagne verzonden is</translation>
    </message>
    <message>
        <source>At a &amp;date and time</source>
        <translation>Op een &amp;datum en tijdstip</translation>
    </message>
    <message>
        <source>Send at a date and time</source>
        <translation>Op een datum en tijdstip verzenden</translation>
    </message>
    <message>
        <source>Date and time of the calls</source>
        <translation>Datum en tijdstip van de oproepen</translation>
    </message>
    <message>
        <source>Da&amp;te and time:</source>
        <translation>Da&amp;tum en tijdstip:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>When the calls start, in words</source>
        <translation>Wanneer de oproepen beginnen, in woorden</translation>
    </message>
    <message>
        <source>UTC (universal time)</source>
        <translation>UTC (universele tijd)</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Beltijden</translation>
    </message>
    <message>
        <source>Respect &amp;quiet hours</source>
        <translation>&amp;Stille uren respecteren</translation>
    </message>
    <message>
        <source>Respect quiet hours</source>
        <translation>Stille uren respecteren</translation>
    </message>
    <message>
        <source>Routee&apos;s rule: no calls between 23:00 and 08:00, nor between 14:00 and 17:00, in each person&apos;s own local time. Routee documents these hours for text messages and does not say whether calls falling in them wait or are dropped; countries spanning several time zones are not covered.</source>
        <translation>Regel van Routee: geen oproepen tussen 23:00 en 08:00, noch tussen 14:00 en 17:00, in de eigen lokale tijd van elke persoon. Routee beschrijft deze uren voor sms-berichten en zegt niet of oproepen die erin vallen wachten of vervallen; landen met meerdere tijdzones worden niet gedekt.</translation>
    </message>
    <message>
        <source>What quiet hours mean</source>
        <translation>Wat stille uren betekenen</translation>
    </message>
    <message>
        <source>Calendar of calling hours</source>
        <translation>Kalender met beltijden</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Lijst &amp;herladen</translation>
    </message>
    <message>
        <source>Reload the calendars from the account</source>
        <translation>De kalenders opnieuw uit het account laden</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <source>Next open time of the calendar</source>
        <translation>Volgende openingstijd van de kalender</translation>
    </message>
    <message>
        <source>Naxai waits for the calendar&apos;s next open time before calling. Calendars are set up in your Naxai account.</source>
        <translation>Naxai wacht op de volgende openingstijd van de kalender voordat het belt. Kalenders stelt u in uw Naxai-account in.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nieuwe pogingen</translation>
    </message>
    <message>
        <source>No retry</source>
        <translation>Geen nieuwe poging</translation>
    </message>
    <message>
        <source>Number of retries</source>
        <translation>Aantal nieuwe pogingen</translation>
    </message>
    <message>
        <source>Number of retr&amp;ies:</source>
        <translation>Aantal nieuwe po&amp;gingen:</translation>
    </message>
    <message>
        <source>Wait before retry %1</source>
        <translation>Wachttijd voor nieuwe poging %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Unit of the wait before retry %1</source>
        <translation>Eenheid van de wachttijd voor nieuwe poging %1</translation>
    </message>
    <message>
        <source>Retry %1 after</source>
        <translation>Nieuwe poging %1 na</translation>
    </message>
    <message>
        <source>Also retry when the person answered but pressed &amp;no key</source>
        <translation>Ook opnieuw proberen als de persoon opnam maar &amp;geen toets indrukte</translation>
    </message>
    <message>
        <source>Retry when no key was pressed</source>
        <translation>Opnieuw proberen als er geen toets werd ingedrukt</translation>
    </message>
    <message>
        <source>Retry when the call &amp;failed (busy, no answer, error)</source>
        <translation>Opnieuw proberen als de oproep &amp;mislukte (bezet, geen antwoord, fout)</translation>
    </message>
    <message>
        <source>Retry when the call failed</source>
        <translation>Opnieuw proberen als de oproep mislukte</translation>
    </message>
    <message>
        <source>Naxai allows up to 3 retries, each at most 3 days after the previous call.</source>
        <translation>Naxai staat tot 3 nieuwe pogingen toe, elk hoogstens 3 dagen na de vorige oproep.</translation>
    </message>
    <message>
        <source>Key presses and ringing</source>
        <translation>Toetsdrukken en overgaan</translation>
    </message>
    <message>
        <source>Collect &amp;key presses at the end of the message</source>
        <translation>&amp;Toetsdrukken opvangen aan het einde van het bericht</translation>
    </message>
    <message>
        <source>Collect key presses</source>
        <translation>Toetsdrukken opvangen</translation>
    </message>
    <message>
        <source>Routee&apos;s default</source>
        <translation>Standaard van Routee</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <source>Seconds to wait for key presses</source>
        <translation>Seconden wachten op toetsdrukken</translation>
    </message>
    <message>
        <source>&amp;Wait for key presses:</source>
        <translation>&amp;Wachten op toetsdrukken:</translation>
    </message>
    <message>
        <source>Until the network gives up</source>
        <translation>Tot het netwerk opgeeft</translation>
    </message>
    <message>
        <source>How long to let the phone ring</source>
        <translation>Hoe lang de telefoon overgaat</translation>
    </message>
    <message>
        <source>Let the phone &amp;ring for:</source>
        <translation>Telefoon laten &amp;overgaan gedurende:</translation>
    </message>
    <message>
        <source>Call pace</source>
        <translation>Beltempo</translation>
    </message>
    <message>
        <source>As fast as Naxai can call</source>
        <translation>Zo snel als Naxai kan bellen</translation>
    </message>
    <message>
        <source>Spread out by a load distribution set up in Naxai</source>
        <translation>Gespreid volgens een belastingsverdeling die in Naxai is ingesteld</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Name of the load distribution</source>
        <translation>Naam van de belastingsverdeling</translation>
    </message>
    <message>
        <source>Load distribution &amp;name:</source>
        <translation>&amp;Naam van de belastingsverdeling:</translation>
    </message>
    <message>
        <source>Status notifications to your web server (optional)</source>
        <translation>Statusmeldingen naar uw webserver (optioneel)</translation>
    </message>
    <message>
        <source>For each &amp;call:</source>
        <translation>Voor elke o&amp;proep:</translation>
    </message>
    <message>
        <source>Notification address for each call</source>
        <translation>Meldingsadres voor elke oproep</translation>
    </message>
    <message>
        <source>For the whole ca&amp;mpaign:</source>
        <translation>Voor de hele ca&amp;mpagne:</translation>
    </message>
    <message>
        <source>Notification address for the campaign</source>
        <translation>Meldingsadres voor de campagne</translation>
    </message>
    <message>
        <source>at every change</source>
        <translation>bij elke wijziging</translation>
    </message>
    <message>
        <source>on completion only</source>
        <translation>alleen bij voltooiing</translation>
    </message>
    <message>
        <source>When to notify: %1</source>
        <translation>Wanneer melden: %1</translation>
    </message>
    <message>
        <source>Routee sends each status to this HTTPS address. Leave empty if you do not run such a server: the Campaigns list follows progress anyway.</source>
        <translation>Routee stuurt elke status naar dit HTTPS-adres. Laat leeg als u zo&apos;n server niet hebt: de lijst Campagnes volgt de voortgang toch.</translation>
    </message>
    <message>
        <source>No calendar: call at any time</source>
        <translation>Geen kalender: op elk moment bellen</translation>
    </message>
    <message>
        <source>Calendar chosen earlier (%1)</source>
        <translation>Eerder gekozen kalender (%1)</translation>
    </message>
    <message>
        <source>Digits only, up to %1 characters (a leading + is allowed). Routee shows a name as “Unknown”.</source>
        <translation>Alleen cijfers, hoogstens %1 tekens (een + vooraan is toegestaan). Routee toont een naam als „Unknown”.</translation>
    </message>
    <message>
        <source>The full international number without +, %1 to %2 digits.</source>
        <translation>Het volledige internationale nummer zonder +, %1 tot %2 cijfers.</translation>
    </message>
</context>
<context>
    <name>DeliveryViewModel</name>
    <message>
        <source>The calls start as soon as you send the campaign.</source>
        <translation>De oproepen beginnen zodra u de campagne verzendt.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time} {place} time</source>
        <translation>{weekday} {day} {month}{year} om {time} (tijdzone {place})</translation>
    </message>
    <message>
        <source>The calls start on %1.</source>
        <translation>De oproepen beginnen op %1.</translation>
    </message>
    <message>
        <source>The calls start on %1 (%2 UTC).</source>
        <translation>De oproepen beginnen op %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>This calendar has no open time coming up: calls would wait.</source>
        <translation>Deze kalender heeft geen komende openingstijd: de oproepen zouden wachten.</translation>
    </message>
    <message>
        <source>Open at that time: calls start right away.</source>
        <translation>Open op dat moment: de oproepen beginnen meteen.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time}</source>
        <translation>{weekday} {day} {month}{year} om {time}</translation>
    </message>
    <message>
        <source>Closed at that time; next open: %1</source>
        <translation>Gesloten op dat moment; volgende opening: %1</translation>
    </message>
    <message>
        <source>The calendars could not be loaded from the account: %1</source>
        <translation>De kalenders konden niet uit het account worden geladen: %1</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Numbers on this list are never called, in any campaign: they are left out before every send.</source>
        <translation>Nummers op deze lijst worden nooit gebeld, in geen enkele campagne: ze worden voor elke verzending weggelaten.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standaardland</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Nummers zonder landcode zijn in:</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Toe te voegen nummers</translation>
    </message>
    <message>
        <source>Type or paste numbers to add, one per line or separated by commas or semicolons</source>
        <translation>Typ of plak de toe te voegen nummers, één per regel of gescheiden door komma&apos;s of puntkomma&apos;s</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Note or reason (optional), for example: asked not to be called</source>
        <translation>Notitie of reden (optioneel), bijvoorbeeld: wil niet gebeld worden</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Toevoegen aan de lijst</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Wat er zojuist is gebeurd</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Put the removed numbers back</source>
        <translation>De verwijderde nummers terugzetten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In de lijst zoeken</translation>
    </message>
    <message>
        <source>Search by number or note</source>
        <translation>Zoeken op nummer of notitie</translation>
    </message>
    <message>
        <source>How many numbers the search shows</source>
        <translation>Hoeveel nummers de zoekopdracht toont</translation>
    </message>
    <message>
        <source>Numbers on the do-not-call list</source>
        <translation>Nummers op de niet-bellen-lijst</translation>
    </message>
    <message>
        <source>Remove the selected numbers</source>
        <translation>De geselecteerde nummers verwijderen</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Het importeren annuleren</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importeren uit bestand…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Do-not-call list (%n number)</source>
        <translation>Niet-bellen-lijst (%n nummer)</translation>
    </message>
    <message>
        <source>Do-not-call list (%n numbers)</source>
        <translation>Niet-bellen-lijst (%n nummers)</translation>
    </message>
    <message>
        <source>%n of %1 shown</source>
        <translation>%n van %1 getoond</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>{done} van {total} nummers gecontroleerd</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Niet-bellen-lijst</translation>
    </message>
    <message>
        <source>Remove numbers</source>
        <translation>Nummers verwijderen</translation>
    </message>
    <message>
        <source>Remove %n number from the do-not-call list?</source>
        <translation>%n nummer van de niet-bellen-lijst verwijderen?</translation>
    </message>
    <message>
        <source>Remove %n numbers from the do-not-call list?</source>
        <translation>%n nummers van de niet-bellen-lijst verwijderen?</translation>
    </message>
    <message>
        <source>Remove %n number</source>
        <translation>%n nummer verwijderen</translation>
    </message>
    <message>
        <source>Remove %n numbers</source>
        <translation>%n nummers verwijderen</translation>
    </message>
    <message>
        <source>Removed numbers may be called by the next campaign.</source>
        <translation>Verwijderde nummers kunnen door de volgende campagne worden gebeld.</translation>
    </message>
    <message>
        <source>Import numbers not to call</source>
        <translation>Nummers importeren die niet gebeld mogen worden</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Rekenbladen en lijsten (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <translation>De niet-bellen-lijst exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>do-not-call list.csv</source>
        <translation>niet-bellen-lijst.csv</translation>
    </message>
</context>
<context>
    <name>DoNotCallViewModel</name>
    <message>
        <source>%n number removed from the list; it may be called again.</source>
        <translation>%n nummer van de lijst verwijderd; het kan weer worden gebeld.</translation>
    </message>
    <message>
        <source>%n numbers removed from the list; they may be called again.</source>
        <translation>%n nummers van de lijst verwijderd; ze kunnen weer worden gebeld.</translation>
    </message>
    <message>
        <source>%n number put back on the list.</source>
        <translation>%n nummer terug op de lijst gezet.</translation>
    </message>
    <message>
        <source>%n numbers put back on the list.</source>
        <translation>%n nummers terug op de lijst gezet.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Geïmporteerd uit %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importeren geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>%n number saved to %1.</source>
        <translation>%n nummer opgeslagen in %1.</translation>
    </message>
    <message>
        <source>%n numbers saved to %1.</source>
        <translation>%n nummers opgeslagen in %1.</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n toegevoegd</translation>
    </message>
    <message>
        <source>%n already on the list</source>
        <translation>%n al op de lijst</translation>
    </message>
    <message>
        <source>%n repeated</source>
        <translation>%n herhaald</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>en nog %n</translation>
    </message>
    <message>
        <source>%n not a phone number: %1</source>
        <translation>%n is geen telefoonnummer: %1</translation>
    </message>
    <message>
        <source>%n not phone numbers: %1</source>
        <translation>%n zijn geen telefoonnummers: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the list could not be saved. Free some space and try again.</source>
        <translation>De schijf is vol, dus de lijst kon niet worden opgeslagen. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to save in this folder. Choose another folder.</source>
        <translation>VoiceDesk mag niet opslaan in deze map. Kies een andere map.</translation>
    </message>
    <message>
        <source>This folder does not exist any more. Choose another folder.</source>
        <translation>Deze map bestaat niet meer. Kies een andere map.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file name.</source>
        <translation>Dit is een map, geen bestand. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>De lijst kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>DraftAccountViewModel</name>
    <message>
        <source>Sandbox (practice: nobody is called, nothing is charged)</source>
        <translation>Sandbox (oefenen: niemand wordt gebeld, er wordt niets aangerekend)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This draft was set to send with an account that is not set up on this computer, so it now uses the Sandbox: nobody is called. Choose a real account in step 4 before sending.</source>
        <translation>Dit concept zou worden verzonden met een account dat niet op deze computer is ingesteld, dus het gebruikt nu de Sandbox: niemand wordt gebeld. Kies een echt account in stap 4 voordat u verzendt.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, so this draft now uses the Sandbox: nobody is called. Choose another account in step 4 before sending.</source>
        <translation>Het account „%1” is verwijderd, dus dit concept gebruikt nu de Sandbox: niemand wordt gebeld. Kies een ander account in stap 4 voordat u verzendt.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now uses the Sandbox for %3: nobody is called. Choose a %3 account in step 4 to send for real.</source>
        <translation>„%1” verzendt alleen %2-campagnes, dus dit concept gebruikt nu de Sandbox voor %3: niemand wordt gebeld. Kies een %3-account in stap 4 om echt te verzenden.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now sends %3 calls with “%4”.</source>
        <translation>„%1” verzendt alleen %2-campagnes, dus dit concept verzendt nu %3-oproepen met „%4”.</translation>
    </message>
</context>
<context>
    <name>DraftProblem</name>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list.</source>
        <translation>„{zone}” is geen tijdzone die deze computer kent. Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {place} time: the clocks go forward that night and skip it. Choose a time an hour later or earlier.</source>
        <translation>{time} op {date} bestaat niet in tijdzone {place}: die nacht gaat de klok vooruit en slaat dat uur over. Kies een tijd een uur later of eerder.</translation>
    </message>
    <message>
        <source>{time} on {date} happens twice in {place} time: the clocks go back that night. Choose a time outside that hour, or say which of the two you mean.</source>
        <translation>{time} op {date} komt twee keer voor in tijdzone {place}: die nacht gaat de klok terug. Kies een tijd buiten dat uur, of geef aan welke van de twee u bedoelt.</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the first one (summer time).</source>
        <translation>{time} komt die nacht twee keer voor in tijdzone {place} (de klok gaat terug); de oproep staat op de eerste (zomertijd).</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the second one (winter time).</source>
        <translation>{time} komt die nacht twee keer voor in tijdzone {place} (de klok gaat terug); de oproep staat op de tweede (wintertijd).</translation>
    </message>
    <message>
        <source>Enter the number people will see when they are called.</source>
        <translation>Vul het nummer in dat mensen zien wanneer ze gebeld worden.</translation>
    </message>
    <message>
        <source>Routee needs digits only (a leading + is allowed), at most {limit} characters, for example {example}.</source>
        <translation>Routee accepteert alleen cijfers (een + vooraan mag), hoogstens {limit} tekens, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>Naxai needs the full international number, {low} to {high} digits, for example {example}.</source>
        <translation>Naxai heeft het volledige internationale nummer nodig, {low} tot {high} cijfers, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The address must be a full web address starting with https://.</source>
        <translation>Het adres moet een volledig webadres zijn dat begint met https://.</translation>
    </message>
    <message>
        <source>Choose between 0 and 3 retries.</source>
        <translation>Kies tussen 0 en 3 nieuwe pogingen.</translation>
    </message>
    <message>
        <source>Give one waiting time per retry: {retries} retries need {retries} waiting times, there are {count}.</source>
        <translation>Geef één wachttijd per nieuwe poging: {retries} nieuwe pogingen vragen {retries} wachttijden, er zijn er {count}.</translation>
    </message>
    <message>
        <source>Retry {number}: the wait must be at most 3 days ({limit} minutes); it is {delay}.</source>
        <translation>Nieuwe poging {number}: de wachttijd mag hoogstens 3 dagen ({limit} minuten) zijn; nu is het {delay}.</translation>
    </message>
    <message>
        <source>Choose the time zone from the list.</source>
        <translation>Kies de tijdzone uit de lijst.</translation>
    </message>
    <message>
        <source>{when} has already passed. Choose a later time, or send now.</source>
        <translation>{when} is al voorbij. Kies een later tijdstip, of verstuur nu.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set how long to wait for key presses.</source>
        <translation>Zet het opvangen van toetsdrukken aan om in te stellen hoe lang op toetsdrukken wordt gewacht.</translation>
    </message>
    <message>
        <source>Wait between 1 and {limit} seconds for key presses.</source>
        <translation>Wacht tussen 1 en {limit} seconden op toetsdrukken.</translation>
    </message>
    <message>
        <source>Let the phone ring between 1 and {limit} seconds.</source>
        <translation>Laat de telefoon tussen 1 en {limit} seconden overgaan.</translation>
    </message>
    <message>
        <source>Give the name of the load distribution set up in Naxai, or choose none.</source>
        <translation>Geef de naam van de belastingsverdeling die in Naxai is ingesteld, of kies geen.</translation>
    </message>
    <message>
        <source>Write what the caller hears, or give the address of a recording.</source>
        <translation>Schrijf wat de gebelde persoon hoort, of geef het adres van een opname.</translation>
    </message>
    <message>
        <source>Use either spoken text or a recording here, not both.</source>
        <translation>Gebruik hier gesproken tekst of een opname, niet allebei.</translation>
    </message>
    <message>
        <source>The transfer number must be a full international number, 8 to 15 digits.</source>
        <translation>Het doorschakelnummer moet een volledig internationaal nummer zijn, 8 tot 15 cijfers.</translation>
    </message>
    <message>
        <source>A key-press menu needs at least one key.</source>
        <translation>Een toetsenmenu heeft minstens één toets nodig.</translation>
    </message>
    <message>
        <source>Key {key} is used twice in the menu.</source>
        <translation>Toets {key} wordt twee keer gebruikt in het menu.</translation>
    </message>
    <message>
        <source>Say what happens when the caller presses {key}.</source>
        <translation>Geef aan wat er gebeurt als de gebelde persoon op {key} drukt.</translation>
    </message>
    <message>
        <source>Write the text the callers will hear.</source>
        <translation>Schrijf de tekst die de gebelde personen horen.</translation>
    </message>
    <message>
        <source>Give the public web address (https://...) of the recording.</source>
        <translation>Geef het openbare webadres (https://...) van de opname.</translation>
    </message>
    <message>
        <source>Naxai does not speak {language}. Choose one of {offered}.</source>
        <translation>Naxai spreekt geen {language}. Kies uit {offered}.</translation>
    </message>
    <message>
        <source>The start time has passed. Choose a later time, or send now.</source>
        <translation>Het starttijdstip is voorbij. Kies een later tijdstip, of verstuur nu.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geef de campagne een naam.</translation>
    </message>
    <message>
        <source>Keep the campaign name under {limit} characters.</source>
        <translation>Houd de naam van de campagne onder {limit} tekens.</translation>
    </message>
    <message>
        <source>The calling number must be a full international number of {low} to {high} digits, for example {example}.</source>
        <translation>Het afzendernummer moet een volledig internationaal nummer van {low} tot {high} cijfers zijn, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>Choose a segment of your Naxai contacts.</source>
        <translation>Kies een segment van uw Naxai-contacten.</translation>
    </message>
    <message>
        <source>Choose the segment from the list of Naxai segments.</source>
        <translation>Kies het segment uit de lijst met Naxai-segmenten.</translation>
    </message>
    <message>
        <source>These numbers are not valid international numbers: {numbers}</source>
        <translation>Deze nummers zijn geen geldige internationale nummers: {numbers}</translation>
    </message>
    <message>
        <source>Choose one segment, or type the numbers to call.</source>
        <translation>Kies één segment, of typ de nummers die gebeld moeten worden.</translation>
    </message>
    <message>
        <source>Each waiting time before a retry must be between 0 and {limit} minutes (3 days).</source>
        <translation>Elke wachttijd voor een nieuwe poging moet tussen 0 en {limit} minuten (3 dagen) liggen.</translation>
    </message>
    <message>
        <source>Choose the calendar from the list of Naxai calendars.</source>
        <translation>Kies de kalender uit de lijst met Naxai-kalenders.</translation>
    </message>
    <message>
        <source>Name the load distribution to use, or choose none.</source>
        <translation>Geef de naam van de belastingsverdeling die gebruikt moet worden, of kies geen.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Enter the caller number people will see (digits only, up to {limit}).</source>
        <translation>Vul het afzendernummer in dat mensen zien (alleen cijfers, tot {limit}).</translation>
    </message>
    <message>
        <source>Routee needs a numeric caller number of at most {limit} characters, for example {example}.</source>
        <translation>Routee heeft een afzendernummer van hoogstens {limit} cijfers nodig, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The campaign name must be 2 to 30 characters: letters, digits, spaces and &apos;-&apos; only.</source>
        <translation>De naam van de campagne moet 2 tot 30 tekens lang zijn: alleen letters, cijfers, spaties en &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Add at least one phone number, contact or group.</source>
        <translation>Voeg minstens één telefoonnummer, contact of groep toe.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} phone numbers per campaign; this one has {count}.</source>
        <translation>Routee accepteert hoogstens {limit} telefoonnummers per campagne; deze heeft er {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} contacts per campaign; this one has {count}.</source>
        <translation>Routee accepteert hoogstens {limit} contacten per campagne; deze heeft er {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} groups per campaign; this one has {count}.</source>
        <translation>Routee accepteert hoogstens {limit} groepen per campagne; deze heeft er {count}.</translation>
    </message>
    <message>
        <source>These numbers are not in international format (+ and country code): {numbers}</source>
        <translation>Deze nummers staan niet in internationaal formaat (+ en landcode): {numbers}</translation>
    </message>
    <message>
        <source>Type the text to be read to the people called.</source>
        <translation>Typ de tekst die aan de gebelde personen wordt voorgelezen.</translation>
    </message>
    <message>
        <source>Routee reads at most {limit} characters; this text has {count}. Shorten it.</source>
        <translation>Routee leest hoogstens {limit} tekens voor; deze tekst heeft er {count}. Maak hem korter.</translation>
    </message>
    <message>
        <source>Routee cannot speak the language &apos;{language}&apos;. Choose another language.</source>
        <translation>Routee kan de taal &apos;{language}&apos; niet spreken. Kies een andere taal.</translation>
    </message>
    <message>
        <source>Give the public web address of the WAV recording.</source>
        <translation>Geef het openbare webadres van de WAV-opname.</translation>
    </message>
    <message>
        <source>Routee only plays .wav files: the recording address must be a web address ending in .wav.</source>
        <translation>Routee speelt alleen .wav-bestanden af: het adres van de opname moet een webadres zijn dat eindigt op .wav.</translation>
    </message>
    <message>
        <source>Routee cannot play call scripts with menus. Use spoken text or a WAV recording.</source>
        <translation>Routee kan geen belscripts met menu&apos;s afspelen. Gebruik gesproken tekst of een WAV-opname.</translation>
    </message>
    <message>
        <source>The ringing time must be between 1 and {limit} seconds.</source>
        <translation>De tijd dat de telefoon overgaat moet tussen 1 en {limit} seconden liggen.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set a waiting time for key presses.</source>
        <translation>Zet het opvangen van toetsdrukken aan om een wachttijd voor toetsdrukken in te stellen.</translation>
    </message>
    <message>
        <source>The waiting time for key presses cannot be negative.</source>
        <translation>De wachttijd voor toetsdrukken kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Status notification addresses must start with https://.</source>
        <translation>Adressen voor statusmeldingen moeten beginnen met https://.</translation>
    </message>
    <message>
        <source>The segment “{name}” is still being prepared by Naxai. Wait until it is ready, or choose another segment.</source>
        <translation>Het segment „{name}” wordt nog door Naxai voorbereid. Wacht tot het klaar is, of kies een ander segment.</translation>
    </message>
    <message>
        <source>Add at least one valid phone number.</source>
        <translation>Voeg minstens één geldig telefoonnummer toe.</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n dag</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n dagen</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n uur</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n uur</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n minuut</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n minuten</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Vandaag %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gisteren %1</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Naamloos concept</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Concepten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Een nieuw concept beginnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Het geselecteerde concept openen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Make a copy of the selected draft</source>
        <translation>Een kopie van het geselecteerde concept maken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected draft (you can undo)</source>
        <translation>Het geselecteerde concept verwijderen (u kunt dit ongedaan maken)</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Exporteren naar bestand…</translation>
    </message>
    <message>
        <source>Save the selected draft as a file to share</source>
        <translation>Het geselecteerde concept opslaan als bestand om te delen</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importeren uit bestand…</translation>
    </message>
    <message>
        <source>Open a draft file a colleague shared</source>
        <translation>Een conceptbestand openen dat een collega deelde</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Concept verwijderd</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Het verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Deze melding verbergen</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Opgeslagen concepten</translation>
    </message>
    <message>
        <source>No saved drafts yet. Press New to start one, or Import a draft file a colleague sent you.</source>
        <translation>Nog geen opgeslagen concepten. Druk op Nieuw om er een te beginnen, of importeer een conceptbestand dat een collega u stuurde.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste actie</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Het concept exporteren</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Een concept importeren</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*%1)</source>
        <translation>VoiceDesk-concepten (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Naamloos concept</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1” is verwijderd.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>„%1” is terug.</translation>
    </message>
</context>
<context>
    <name>DraftsViewModel</name>
    <message>
        <source>Could not list the drafts</source>
        <translation>De concepten konden niet worden opgesomd</translation>
    </message>
    <message>
        <source>Could not start a new draft</source>
        <translation>Kon geen nieuw concept beginnen</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Kon het concept niet openen</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Dat concept bestaat niet meer.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Naamloos concept</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Could not duplicate the draft</source>
        <translation>Kon het concept niet dupliceren</translation>
    </message>
    <message>
        <source>Could not delete the draft</source>
        <translation>Kon het concept niet verwijderen</translation>
    </message>
    <message>
        <source>Could not bring the draft back</source>
        <translation>Kon het concept niet terugzetten</translation>
    </message>
    <message>
        <source>Could not export the draft</source>
        <translation>Kon het concept niet exporteren</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Could not open the draft file</source>
        <translation>Kon het conceptbestand niet openen</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 geïmporteerd.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Een lijst plakken</translation>
    </message>
    <message>
        <source>Add every line (or comma-separated entry) on the clipboard</source>
        <translation>Elke regel (of door komma&apos;s gescheiden item) van het klembord toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>De geselecteerde items verwijderen</translation>
    </message>
    <message>
        <source>That is more than %1: send them in several campaigns.</source>
        <translation>Dat is meer dan %1: verzend ze in meerdere campagnes.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The provider is busy with too many requests. Try again after %1.</source>
        <translation>De provider krijgt te veel verzoeken. Probeer het opnieuw na %1.</translation>
    </message>
    <message>
        <source>The provider is busy with too many requests. Try again in a minute.</source>
        <translation>De provider krijgt te veel verzoeken. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials. Check them in Accounts.</source>
        <translation>De provider weigerde de aanmeldgegevens van het account. Controleer ze in Accounts.</translation>
    </message>
    <message>
        <source>This account is not allowed to send voice campaigns. Ask the provider to enable them.</source>
        <translation>Dit account mag geen spraakcampagnes verzenden. Vraag de provider om ze in te schakelen.</translation>
    </message>
    <message>
        <source>The account does not have enough balance for these calls. Top it up and try again.</source>
        <translation>Het account heeft onvoldoende saldo voor deze oproepen. Vul het aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The provider rejected one or more phone numbers. Check the recipients.</source>
        <translation>De provider weigerde een of meer telefoonnummers. Controleer de ontvangers.</translation>
    </message>
    <message>
        <source>The provider rejected the campaign: a field is not valid.</source>
        <translation>De provider weigerde de campagne: een veld is niet geldig.</translation>
    </message>
    <message>
        <source>The provider does not know this campaign any more.</source>
        <translation>De provider kent deze campagne niet meer.</translation>
    </message>
    <message>
        <source>The provider already has a campaign with this name, or it cannot change now.</source>
        <translation>De provider heeft al een campagne met deze naam, of ze kan nu niet meer wijzigen.</translation>
    </message>
    <message>
        <source>The provider&apos;s service is failing right now. Try again in a few minutes.</source>
        <translation>De dienst van de provider werkt nu niet goed. Probeer het over enkele minuten opnieuw.</translation>
    </message>
    <message>
        <source>The provider took too long to answer.</source>
        <translation>De provider deed er te lang over om te antwoorden.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the internet connection and try again.</source>
        <translation>Kon de provider niet bereiken. Controleer de internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The provider could not complete the request.</source>
        <translation>De provider kon het verzoek niet afhandelen.</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>De provider meldt: %1</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Er ging iets mis. Er is niets verloren; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Bulgarian (Bulgaria)</source>
        <translation>Bulgaars (Bulgarije)</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Nederlands (België)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Nederlands (Nederland)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Engels (Verenigd Koninkrijk)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Engels (Verenigde Staten)</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Frans (België)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Frans (Frankrijk)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Duits (Duitsland)</translation>
    </message>
    <message>
        <source>Greek (Greece)</source>
        <translation>Grieks (Griekenland)</translation>
    </message>
    <message>
        <source>Hungarian (Hungary)</source>
        <translation>Hongaars (Hongarije)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italiaans (Italië)</translation>
    </message>
    <message>
        <source>Polish (Poland)</source>
        <translation>Pools (Polen)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugees (Brazilië)</translation>
    </message>
    <message>
        <source>Russian (Russia)</source>
        <translation>Russisch (Rusland)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Spaans (Latijns-Amerika)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spaans (Spanje)</translation>
    </message>
    <message>
        <source>Swedish (Sweden)</source>
        <translation>Zweeds (Zweden)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VoiceDesk</source>
        <translation>VoiceDesk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation>De opmerking sluiten</translation>
    </message>
    <message>
        <source>Steps and lists</source>
        <translation>Stappen en lijsten</translation>
    </message>
    <message>
        <source>Opening your draft…</source>
        <translation>Uw concept wordt geopend…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>V&amp;olgende →</translation>
    </message>
    <message>
        <source>Sandbox account: practice freely. Nobody is called and nothing is charged.</source>
        <translation>Sandbox-account: oefen vrij. Niemand wordt gebeld en er wordt niets aangerekend.</translation>
    </message>
    <message>
        <source>1. Message</source>
        <translation>1. Bericht</translation>
    </message>
    <message>
        <source>2. Recipients</source>
        <translation>2. Ontvangers</translation>
    </message>
    <message>
        <source>3. Delivery</source>
        <translation>3. Verzending</translation>
    </message>
    <message>
        <source>4. Review and send</source>
        <translation>4. Nakijken en verzenden</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Het concept exporteren</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*.voicedraft)</source>
        <translation>VoiceDesk-concepten (*.voicedraft)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Voorbeeld exporteren</translation>
    </message>
    <message>
        <source>Write the spoken text first.</source>
        <translation>Schrijf eerst de gesproken tekst.</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Het voorbeeld exporteren</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-audio (*.wav)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>&lt;h2&gt;1. Message&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Bericht&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Verzenden &amp;met:</translation>
    </message>
    <message>
        <source>For example: Water cut Ixelles</source>
        <translation>Bijvoorbeeld: Waterafsluiting Elsene</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Naam van de campagne</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Naam van de campagne:</translation>
    </message>
    <message>
        <source>&amp;Spoken text</source>
        <translation>&amp;Gesproken tekst</translation>
    </message>
    <message>
        <source>&amp;Recorded message (WAV)</source>
        <translation>&amp;Opgenomen bericht (WAV)</translation>
    </message>
    <message>
        <source>Call s&amp;cript with key-press menu</source>
        <translation>Bel&amp;script met toetsenmenu</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>&amp;Language and voice:</source>
        <translation>&amp;Taal en stem:</translation>
    </message>
    <message>
        <source>▶ &amp;Listen</source>
        <translation>▶ &amp;Beluisteren</translation>
    </message>
    <message>
        <source>Listen to the message</source>
        <translation>Het bericht beluisteren</translation>
    </message>
    <message>
        <source>Speak the message with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Het bericht uitspreken met de stem van deze computer (een benadering van de stem van de provider)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Tekst van het bericht</translation>
    </message>
    <message>
        <source>Type what people will hear, for example: Water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Typ wat mensen zullen horen, bijvoorbeeld: Het water wordt morgen van 8 tot 12 uur afgesloten.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Lengte van het bericht</translation>
    </message>
    <message>
        <source>Words that may sound wrong</source>
        <translation>Woorden die verkeerd kunnen klinken</translation>
    </message>
    <message>
        <source>Public address of the WAV file</source>
        <translation>Openbaar adres van het WAV-bestand</translation>
    </message>
    <message>
        <source>Public &amp;address of the WAV file:</source>
        <translation>Openbaar &amp;adres van het WAV-bestand:</translation>
    </message>
    <message>
        <source>Providers fetch the recording from its address: put the same WAV file on a public web server.</source>
        <translation>Providers halen de opname op van haar adres: zet hetzelfde WAV-bestand op een openbare webserver.</translation>
    </message>
    <message>
        <source>%1 / %2 characters · about %3 seconds when spoken</source>
        <translation>%1 / %2 tekens · ongeveer %3 seconden uitgesproken</translation>
    </message>
    <message>
        <source>%1 characters · about %3 seconds when spoken</source>
        <translation>%1 tekens · ongeveer %3 seconden uitgesproken</translation>
    </message>
    <message>
        <source>too long for %1: shorten the text</source>
        <translation>te lang voor %1: maak de tekst korter</translation>
    </message>
    <message>
        <source>long number, may be read as an amount</source>
        <translation>lang getal, kan als bedrag worden gelezen</translation>
    </message>
    <message>
        <source>abbreviation, may be spelled out</source>
        <translation>afkorting, kan letter voor letter worden gespeld</translation>
    </message>
    <message>
        <source>web or e-mail address, read letter by letter</source>
        <translation>web- of e-mailadres, wordt letter voor letter gelezen</translation>
    </message>
    <message>
        <source>time, write it in words to be sure</source>
        <translation>tijdstip, schrijf het voluit om zeker te zijn</translation>
    </message>
    <message>
        <source>Listen to check these: %1</source>
        <translation>Beluister om deze te controleren: %1</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>Speak this text</source>
        <translation>Deze tekst uitspreken</translation>
    </message>
    <message>
        <source>Play a recording from its address</source>
        <translation>Een opname afspelen vanaf haar adres</translation>
    </message>
    <message>
        <source>%1: spoken text or recording</source>
        <translation>%1: gesproken tekst of opname</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Beluisteren</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1: tekst</translation>
    </message>
    <message>
        <source>%1 recording address</source>
        <translation>%1: adres van de opname</translation>
    </message>
    <message>
        <source>Hear this text with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Deze tekst beluisteren met de stem van deze computer (een benadering van de stem van de provider)</translation>
    </message>
    <message>
        <source>Recordings are played by the provider from their address; only written text can be listened to here</source>
        <translation>Opnames worden door de provider afgespeeld vanaf hun adres; alleen geschreven tekst kan hier worden beluisterd</translation>
    </message>
    <message>
        <source>Write a text first</source>
        <translation>Schrijf eerst een tekst</translation>
    </message>
</context>
<context>
    <name>PlayCountSpin</name>
    <message>
        <source> time(s)</source>
        <translation> keer</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Position in the preview</source>
        <translation>Positie in het voorbeeld</translation>
    </message>
    <message>
        <source>Approximation of the provider&apos;s voice</source>
        <translation>Benadering van de stem van de provider</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Speelt af</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>PreviewViewModel</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>Het voorbeeld kon niet worden gemaakt: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved: {0}</source>
        <translation>Het voorbeeld kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved to {0}: {1}</source>
        <translation>Het voorbeeld kon niet worden opgeslagen in {0}: {1}</translation>
    </message>
    <message>
        <source>Saved the preview to {0}.</source>
        <translation>Voorbeeld opgeslagen in {0}.</translation>
    </message>
    <message>
        <source>No local {0} voice; using {1}.</source>
        <translation>Geen lokale {0} stem; {1} wordt gebruikt.</translation>
    </message>
    <message>
        <source>No local voice for {0}; using the nearest one: {1}.</source>
        <translation>Geen lokale stem voor {0}; de dichtstbijzijnde wordt gebruikt: {1}.</translation>
    </message>
    <message>
        <source>This sound cannot be played.</source>
        <translation>Dit geluid kan niet worden afgespeeld.</translation>
    </message>
    <message>
        <source>The sound could not be played: {0}</source>
        <translation>Het geluid kon niet worden afgespeeld: {0}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {0}</source>
        <translation>Het voorbeeld mislukte onverwacht: {0}</translation>
    </message>
</context>
<context>
    <name>ProviderAudienceBox</name>
    <message>
        <source>Routee contacts and groups (optional)</source>
        <translation>Routee-contacten en -groepen (optioneel)</translation>
    </message>
    <message>
        <source>Besides the phone numbers below, Routee can call contacts and groups of your Routee account. Type or paste their ids and names as they appear in Routee.</source>
        <translation>Naast de telefoonnummers hieronder kan Routee contacten en groepen van uw Routee-account bellen. Typ of plak hun id&apos;s en namen zoals ze in Routee staan.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Contact id, then Enter</source>
        <translation>Contact-id, dan Enter</translation>
    </message>
    <message>
        <source>%n contact (at most 1,000)</source>
        <translation>%n contact (hoogstens 1.000)</translation>
    </message>
    <message>
        <source>%n contacts (at most 1,000)</source>
        <translation>%n contacten (hoogstens 1.000)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Group name, then Enter</source>
        <translation>Groepsnaam, dan Enter</translation>
    </message>
    <message>
        <source>%n group (at most 1,000)</source>
        <translation>%n groep (hoogstens 1.000)</translation>
    </message>
    <message>
        <source>%n groups (at most 1,000)</source>
        <translation>%n groepen (hoogstens 1.000)</translation>
    </message>
    <message>
        <source>C&amp;ount recipients</source>
        <translation>Ontvangers &amp;tellen</translation>
    </message>
    <message>
        <source>Ask Routee how many people the contacts and groups reach</source>
        <translation>Routee vragen hoeveel personen de contacten en groepen bereiken</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Het tellen stoppen</translation>
    </message>
    <message>
        <source>How many people Routee would call</source>
        <translation>Hoeveel personen Routee zou bellen</translation>
    </message>
    <message>
        <source>Who Naxai calls</source>
        <translation>Wie Naxai belt</translation>
    </message>
    <message>
        <source>Phone numbers (typed or imported)</source>
        <translation>Telefoonnummers (getypt of geïmporteerd)</translation>
    </message>
    <message>
        <source>A segment of your Naxai contacts</source>
        <translation>Een segment van uw Naxai-contacten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Load the segments from the account again</source>
        <translation>De segmenten opnieuw uit het account laden</translation>
    </message>
    <message>
        <source>About the segment</source>
        <translation>Over het segment</translation>
    </message>
    <message>
        <source>Also call people who unsubscribed</source>
        <translation>Ook personen bellen die zich hebben uitgeschreven</translation>
    </message>
    <message>
        <source>Leave this off unless the call is one everyone must get, such as a safety alert: people who unsubscribed asked not to be contacted.</source>
        <translation>Laat dit uit, tenzij iedereen de oproep moet krijgen, zoals bij een veiligheidswaarschuwing: personen die zich hebben uitgeschreven, vroegen om niet gecontacteerd te worden.</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>Kies een segment…</translation>
    </message>
    <message>
        <source>%1 (not ready yet)</source>
        <translation>%1 (nog niet klaar)</translation>
    </message>
    <message>
        <source>The segment chosen earlier</source>
        <translation>Het eerder gekozen segment</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ee op alles</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>&lt;h2&gt;2. Recipients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Ontvangers&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The phone numbers typed here are kept in the draft, but not called while a segment is chosen.</source>
        <translation>De hier getypte telefoonnummers blijven in het concept bewaard, maar worden niet gebeld zolang er een segment is gekozen.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standaardland</translation>
    </message>
    <message>
        <source>Numbers written without a country code belong to this country</source>
        <translation>Nummers zonder landcode horen bij dit land</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Nummers zonder landcode zijn uit:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Type or paste phone numbers, one per line or separated by commas or semicolons, for example:
0470 12 34 56
+33 6 12 34 56 78</source>
        <translation>Typ of plak telefoonnummers, één per regel of gescheiden door komma&apos;s of puntkomma&apos;s, bijvoorbeeld:
0470 12 34 56
+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importeren uit een bestand…</translation>
    </message>
    <message>
        <source>Import numbers from a CSV or Excel file</source>
        <translation>Nummers importeren uit een CSV- of Excel-bestand</translation>
    </message>
    <message>
        <source>Summary of the numbers</source>
        <translation>Overzicht van de nummers</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Het importeren annuleren</translation>
    </message>
    <message>
        <source>Numbers that cannot be called (double-click to correct):</source>
        <translation>Nummers die niet gebeld kunnen worden (dubbelklik om te verbeteren):</translation>
    </message>
    <message>
        <source>Numbers that cannot be called</source>
        <translation>Nummers die niet gebeld kunnen worden</translation>
    </message>
    <message>
        <source>&amp;Export invalid numbers…</source>
        <translation>Ongeldige nummers &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the invalid numbers as a CSV file</source>
        <translation>De ongeldige nummers exporteren als CSV-bestand</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>{done} van {total} nummers gecontroleerd</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importeren geannuleerd; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Telefoonnummers importeren</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Rekenbladen en lijsten (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export invalid numbers</source>
        <translation>Ongeldige nummers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>invalid numbers.csv</source>
        <translation>ongeldige nummers.csv</translation>
    </message>
    <message>
        <source>Invalid numbers saved.</source>
        <translation>Ongeldige nummers opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Vaste lijn</translation>
    </message>
    <message>
        <source>Landline or mobile</source>
        <translation>Vaste lijn of mobiel</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratis nummer</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Betaalnummer</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>Gedeelde kosten</translation>
    </message>
    <message>
        <source>Internet phone (VoIP)</source>
        <translation>Internettelefonie (VoIP)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Persoonlijk nummer</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Semafoon</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Bedrijfsnummer</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Empty entry</source>
        <translation>Lege invoer</translation>
    </message>
    <message>
        <source>Contains letters</source>
        <translation>Bevat letters</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Geen telefoonnummer</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Onbekende landcode</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Te weinig cijfers</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Te veel cijfers</translation>
    </message>
    <message>
        <source>Wrong number of digits for this country</source>
        <translation>Verkeerd aantal cijfers voor dit land</translation>
    </message>
    <message>
        <source>Not a valid number in this country&apos;s numbering plan</source>
        <translation>Geen geldig nummer in het nummerplan van dit land</translation>
    </message>
    <message>
        <source>Double-click to correct this number</source>
        <translation>Dubbelklik om dit nummer te verbeteren</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Soort lijn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Zoals ingevoerd</translation>
    </message>
</context>
<context>
    <name>RecipientsViewModel</name>
    <message>
        <source>No numbers yet</source>
        <translation>Nog geen nummers</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>1 dubbel nummer verwijderd</translation>
    </message>
    <message>
        <source>{count} duplicates removed</source>
        <translation>{count} dubbele nummers verwijderd</translation>
    </message>
    <message>
        <source>{valid} valid, {invalid} invalid, {removed}</source>
        <translation>{valid} geldig, {invalid} ongeldig, {removed}</translation>
    </message>
    <message>
        <source>No column in this file looks like phone numbers.</source>
        <translation>Geen enkele kolom in dit bestand lijkt op telefoonnummers.</translation>
    </message>
    <message>
        <source>The file has a header row but no numbers under it.</source>
        <translation>Het bestand heeft een kopregel maar geen nummers eronder.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>Het bestand is niet gevonden. Het is misschien verplaatst of verwijderd.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>De lijst kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <source>This column does not exist in the file.</source>
        <translation>Deze kolom bestaat niet in het bestand.</translation>
    </message>
    <message>
        <source>This column is empty.</source>
        <translation>Deze kolom is leeg.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file that VoiceDesk can read.</source>
        <translation>Dit bestand is geen tekstbestand (CSV) dat VoiceDesk kan lezen.</translation>
    </message>
    <message>
        <source>This file is too large to import (more than 200 MB).</source>
        <translation>Dit bestand is te groot om te importeren (meer dan 200 MB).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dit is een map, geen bestand.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to read this file.</source>
        <translation>VoiceDesk mag dit bestand niet lezen.</translation>
    </message>
    <message>
        <source>This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>Dit Excel-bestand kan niet worden gelezen. Open het in Excel en sla het opnieuw op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>Something went wrong while checking the numbers.</source>
        <translation>Er ging iets mis bij het controleren van de nummers.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>The API request</source>
        <translation>Het API-verzoek</translation>
    </message>
    <message>
        <source>This draft cannot be sent yet:</source>
        <translation>Dit concept kan nog niet worden verzonden:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Inhoud van het verzoek</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&lt;h2&gt;4. Review and send&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Nakijken en verzenden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Checking the draft…</source>
        <translation>Het concept wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Summary of the campaign</source>
        <translation>Overzicht van de campagne</translation>
    </message>
    <message>
        <source>Numbers left out</source>
        <translation>Weggelaten nummers</translation>
    </message>
    <message>
        <source>Sent as several campaigns</source>
        <translation>Verzonden als meerdere campagnes</translation>
    </message>
    <message>
        <source>What must be fixed before sending</source>
        <translation>Wat moet worden verbeterd voor het verzenden</translation>
    </message>
    <message>
        <source>▶ Listen one last time</source>
        <translation>▶ Nog een laatste keer beluisteren</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 naar %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n call&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n oproep&lt;/b&gt; met %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n oproepen&lt;/b&gt; met %1</translation>
    </message>
    <message>
        <source>They will hear the recording at %1.</source>
        <translation>Ze horen de opname op %1.</translation>
    </message>
    <message>
        <source>They will hear the call script, in %1.</source>
        <translation>Ze horen het belscript, in het %1.</translation>
    </message>
    <message>
        <source>Calls start as soon as you send.</source>
        <translation>De oproepen beginnen zodra u verzendt.</translation>
    </message>
    <message>
        <source>Calls start on %1.</source>
        <translation>De oproepen beginnen op %1.</translation>
    </message>
    <message>
        <source>an account not set up on this computer</source>
        <translation>een account dat niet op deze computer is ingesteld</translation>
    </message>
    <message>
        <source>&lt;i&gt;Sandbox account: nobody is called and nothing is charged.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sandbox-account: niemand wordt gebeld en er wordt niets aangerekend.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%n invalid number</source>
        <translation>%n ongeldig nummer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;Oproepen&lt;/b&gt; met %1</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a female voice: “%2”</source>
        <translation>Ze horen, in het %1 met een vrouwenstem: „%2”</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a male voice: “%2”</source>
        <translation>Ze horen, in het %1 met een mannenstem: „%2”</translation>
    </message>
    <message>
        <source>%n invalid numbers</source>
        <translation>%n ongeldige nummers</translation>
    </message>
    <message>
        <source>%n duplicate removed</source>
        <translation>%n dubbel nummer verwijderd</translation>
    </message>
    <message>
        <source>%n duplicates removed</source>
        <translation>%n dubbele nummers verwijderd</translation>
    </message>
    <message>
        <source>%n on the do-not-call list</source>
        <translation>%n op de niet-bellen-lijst</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Weggelaten: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before sending:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbeter dit voor het verzenden:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send %n call…</source>
        <translation>%n oproep verzenden…</translation>
    </message>
    <message>
        <source>Send %n calls…</source>
        <translation>%n oproepen verzenden…</translation>
    </message>
    <message>
        <source>Routee calls at most %1 numbers per campaign.</source>
        <translation>Routee belt hoogstens %1 nummers per campagne.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 numbers as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk verzendt deze %1 nummers als %2 campagnes, „%3” tot „%4”.</translation>
    </message>
    <message>
        <source>Routee calls at most %1 contacts per campaign.</source>
        <translation>Routee belt hoogstens %1 contacten per campagne.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 contacts as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk verzendt deze %1 contacten als %2 campagnes, „%3” tot „%4”.</translation>
    </message>
    <message>
        <source>Routee takes at most %1 groups per campaign.</source>
        <translation>Routee aanvaardt hoogstens %1 groepen per campagne.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 groups as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk verzendt deze %1 groepen als %2 campagnes, „%3” tot „%4”.</translation>
    </message>
    <message>
        <source>Your do-not-call list applies only to the numbers typed or imported here, not to the people the provider adds.</source>
        <translation>Uw niet-bellen-lijst geldt alleen voor de nummers die hier zijn getypt of geïmporteerd, niet voor de mensen die de provider toevoegt.</translation>
    </message>
    <message>
        <source>the chosen segment</source>
        <translation>het gekozen segment</translation>
    </message>
    <message>
        <source>%n person</source>
        <translation>%n persoon</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n personen</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>nog niet geteld</translation>
    </message>
    <message>
        <source>They are the people in the Naxai segment “%1” (%2).</source>
        <translation>Het zijn de personen in het Naxai-segment „%1” (%2).</translation>
    </message>
    <message>
        <source>People who unsubscribed are called too.</source>
        <translation>Personen die zich hebben uitgeschreven, worden ook gebeld.</translation>
    </message>
    <message>
        <source>People who unsubscribed are left out, so there may be fewer calls.</source>
        <translation>Personen die zich hebben uitgeschreven, worden weggelaten, dus er kunnen minder oproepen zijn.</translation>
    </message>
    <message>
        <source>%n Routee contact</source>
        <translation>%n Routee-contact</translation>
    </message>
    <message>
        <source>%n Routee contacts</source>
        <translation>%n Routee-contacten</translation>
    </message>
    <message>
        <source>everyone in %n group</source>
        <translation>iedereen in %n groep</translation>
    </message>
    <message>
        <source>everyone in %n groups</source>
        <translation>iedereen in %n groepen</translation>
    </message>
    <message>
        <source>They include %1.</source>
        <translation>Ze omvatten %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Routee counted %1 in them.</source>
        <translation>Routee telde daarin %1.</translation>
    </message>
    <message>
        <source>The groups are not counted yet: use Count recipients in step 2.</source>
        <translation>De groepen zijn nog niet geteld: gebruik Ontvangers tellen in stap 2.</translation>
    </message>
    <message>
        <source>Send the calls to everyone in the segment? This is a paid service.</source>
        <translation>De oproepen naar iedereen in het segment verzenden? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Send %n call plus %1? This is a paid service.</source>
        <translation>%n oproep verzenden, plus oproepen naar %1? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Send %n calls plus %1? This is a paid service.</source>
        <translation>%n oproepen verzenden, plus oproepen naar %1? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real calls:&lt;/b&gt; real people are called, and the calls are charged to the account “%1”.</source>
        <translation>&lt;b&gt;Echte oproepen:&lt;/b&gt; echte mensen worden gebeld en de oproepen worden aangerekend aan het account „%1”.</translation>
    </message>
    <message>
        <source>The account changed after you confirmed. Nothing was sent: check and send again.</source>
        <translation>Het account is gewijzigd nadat u had bevestigd. Er is niets verzonden: controleer en verzend opnieuw.</translation>
    </message>
    <message>
        <source>Send %n call? This is a paid service.</source>
        <translation>%n oproep verzenden? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Send %n calls? This is a paid service.</source>
        <translation>%n oproepen verzenden? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>Send %1 calls as %2 campaigns? This is a paid service.</source>
        <translation>%1 oproepen als %2 campagnes verzenden? Dit is een betalende dienst.</translation>
    </message>
    <message>
        <source>The calls go through %1 and cannot be taken back once they start.</source>
        <translation>De oproepen verlopen via %1 en kunnen niet meer worden teruggedraaid zodra ze beginnen.</translation>
    </message>
    <message>
        <source>This is the Sandbox account: nobody is called and nothing is charged.</source>
        <translation>Dit is het Sandbox-account: niemand wordt gebeld en er wordt niets aangerekend.</translation>
    </message>
    <message>
        <source>Real people are called, and the calls are charged to the %1 account “%2”.</source>
        <translation>Echte mensen worden gebeld en de oproepen worden aangerekend aan het %1-account „%2”.</translation>
    </message>
    <message>
        <source>They cannot be taken back once they start.</source>
        <translation>Ze kunnen niet worden teruggedraaid zodra ze beginnen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>De campagne verzenden</translation>
    </message>
    <message>
        <source>Send %n call</source>
        <translation>%n oproep verzenden</translation>
    </message>
    <message>
        <source>Send %n calls</source>
        <translation>%n oproepen verzenden</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Female voice</source>
        <translation>Vrouwenstem</translation>
    </message>
    <message>
        <source>Male voice</source>
        <translation>Mannenstem</translation>
    </message>
</context>
<context>
    <name>WavPicker</name>
    <message>
        <source>Choose WAV file…</source>
        <translation>WAV-bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose the recorded message</source>
        <translation>Het opgenomen bericht kiezen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Play the recorded message</source>
        <translation>Het opgenomen bericht afspelen</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Adres controleren</translation>
    </message>
    <message>
        <source>Check the public address of the recording</source>
        <translation>Het openbare adres van de opname controleren</translation>
    </message>
    <message>
        <source>No WAV file chosen.</source>
        <translation>Geen WAV-bestand gekozen.</translation>
    </message>
    <message>
        <source>Facts of the recorded message</source>
        <translation>Gegevens van het opgenomen bericht</translation>
    </message>
    <message>
        <source>Result of the address check</source>
        <translation>Resultaat van de adrescontrole</translation>
    </message>
    <message>
        <source>WAV files (*.wav *.WAV)</source>
        <translation>WAV-bestanden (*.wav *.WAV)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file is not a usable WAV file.</source>
        <translation>Dit bestand is geen bruikbaar WAV-bestand.</translation>
    </message>
    <message>
        <source>Enter the public address of the WAV file first.</source>
        <translation>Geef eerst het openbare adres van het WAV-bestand.</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Adres wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The address could not be checked: {0}</source>
        <translation>Het adres kon niet worden gecontroleerd: {0}</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <source>{0} channels</source>
        <translation>{0} kanalen</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0}-bit, </source>
        <translation>{0}-bits, </translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} seconds, {6}</source>
        <translation>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} seconden, {6}</translation>
    </message>
</context>
</TS>
