<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Send from &amp;account:</source>
        <translation>Senden über &amp;Konto:</translation>
    </message>
    <message>
        <source>Account that sends the calls</source>
        <translation>Konto, über das die Anrufe gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>Konten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Konten verwalten</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Routee and Naxai (simulated)</source>
        <translation>Routee und Naxai (simuliert)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>For example: Town hall Routee</source>
        <translation>Zum Beispiel: Routee Rathaus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Application or client id</source>
        <translation>Anwendungs- oder Client-ID</translation>
    </message>
    <message>
        <source>Application or &amp;client id:</source>
        <translation>Anwendungs- oder &amp;Client-ID:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>Absendernummer</translation>
    </message>
    <message>
        <source>The number people see, for example 3225550100</source>
        <translation>Die Nummer, die Angerufene sehen, zum Beispiel 3225550100</translation>
    </message>
    <message>
        <source>Sender &amp;number:</source>
        <translation>Absender&amp;nummer:</translation>
    </message>
    <message>
        <source>Advanced: provider addresses</source>
        <translation>Erweitert: Adressen des Anbieters</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Anmeldeadresse:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own addresses. Only https:// is allowed.</source>
        <translation>Leer lassen, um die eigenen Adressen des Anbieters zu verwenden. Nur https:// ist erlaubt.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Save, then ask the provider for a sign-in token with these details.</source>
        <translation>Speichern und dann beim Anbieter mit diesen Angaben ein Anmelde-Token anfordern.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>The secret the provider gave you</source>
        <translation>Das Geheimnis, das Ihnen der Anbieter gegeben hat</translation>
    </message>
    <message>
        <source>Built in: no secret needed</source>
        <translation>Eingebaut: kein Geheimnis nötig</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>The application id from the Routee console</source>
        <translation>Die Anwendungs-ID aus der Routee-Konsole</translation>
    </message>
    <message>
        <source>The client id from the Naxai console</source>
        <translation>Die Client-ID aus der Naxai-Konsole</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>AccountsViewModel</name>
    <message>
        <source>A campaign sent through “%1” is not confirmed yet. Check it with the provider on the Campaigns page first, then remove the account.</source>
        <translation>Eine über „%1“ gesendete Kampagne ist noch nicht bestätigt. Prüfen Sie sie zuerst auf der Seite Kampagnen beim Anbieter und entfernen Sie dann das Konto.</translation>
    </message>
    <message>
        <source>Its secret is deleted from the system keyring.</source>
        <translation>Sein Geheimnis wird aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>%n saved draft uses it: when opened, it goes back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n gespeicherter Entwurf verwendet es: Beim Öffnen wechselt er zurück zur Sandbox, sodass niemand angerufen wird, bis Sie ein anderes Konto wählen.</translation>
    </message>
    <message>
        <source>%n saved drafts use it: when opened, they go back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n gespeicherte Entwürfe verwenden es: Beim Öffnen wechseln sie zurück zur Sandbox, sodass niemand angerufen wird, bis Sie ein anderes Konto wählen.</translation>
    </message>
    <message>
        <source>%n campaign was sent through it: it stays in the Campaigns list.</source>
        <translation>%n Kampagne wurde über dieses Konto gesendet: Sie bleibt in der Kampagnenliste.</translation>
    </message>
    <message>
        <source>%n campaigns were sent through it: they stay in the Campaigns list.</source>
        <translation>%n Kampagnen wurden über dieses Konto gesendet: Sie bleiben in der Kampagnenliste.</translation>
    </message>
    <message>
        <source>%n of them is still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n davon läuft noch und kann erst wieder verfolgt werden, wenn Sie dieses Konto erneut hinzufügen (mit derselben Anwendungs-ID).</translation>
    </message>
    <message>
        <source>%n of them are still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n davon laufen noch und können erst wieder verfolgt werden, wenn Sie dieses Konto erneut hinzufügen (mit derselben Anwendungs-ID).</translation>
    </message>
    <message>
        <source>No draft or campaign uses it.</source>
        <translation>Kein Entwurf und keine Kampagne verwendet es.</translation>
    </message>
    <message>
        <source>Connected to the Sandbox (Routee and Naxai).</source>
        <translation>Mit der Sandbox verbunden (Routee und Naxai).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>Start a new message</source>
        <translation>Eine neue Nachricht beginnen</translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation>Entwurf &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a .voicedraft file a colleague sent</source>
        <translation>Eine .voicedraft-Datei öffnen, die eine Kollegin oder ein Kollege geschickt hat</translation>
    </message>
    <message>
        <source>&amp;Export draft…</source>
        <translation>Entwurf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this draft as a .voicedraft file to share</source>
        <translation>Diesen Entwurf als .voicedraft-Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>Export &amp;preview as WAV…</source>
        <translation>&amp;Vorschau als WAV exportieren…</translation>
    </message>
    <message>
        <source>Save the local preview as a WAV file</source>
        <translation>Die lokale Vorschau als WAV-Datei speichern</translation>
    </message>
    <message>
        <source>Show the &amp;API request…</source>
        <translation>&amp;API-Anfrage anzeigen…</translation>
    </message>
    <message>
        <source>For support: the exact request sending would make</source>
        <translation>Für den Support: die genaue Anfrage, die das Senden stellen würde</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add or edit provider accounts</source>
        <translation>Anbieterkonten hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Do-not-call list…</source>
        <translation>&amp;Sperrliste…</translation>
    </message>
    <message>
        <source>Numbers that are never called, in any campaign</source>
        <translation>Nummern, die nie angerufen werden, in keiner Kampagne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About VoiceDesk</source>
        <translation>&amp;Über VoiceDesk</translation>
    </message>
</context>
<context>
    <name>AudienceViewModel</name>
    <message>
        <source>%n person</source>
        <translation>%n Person</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n Personen</translation>
    </message>
    <message>
        <source>To practise in the Sandbox, try the contacts %1 and the groups %2.</source>
        <translation>Zum Üben in der Sandbox probieren Sie die Kontakte %1 und die Gruppen %2.</translation>
    </message>
    <message>
        <source>Loading the segments of your Naxai account…</source>
        <translation>Die Segmente Ihres Naxai-Kontos werden geladen…</translation>
    </message>
    <message>
        <source>The segments could not be loaded. %1</source>
        <translation>Die Segmente konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>This Naxai account has no segments yet.</source>
        <translation>Dieses Naxai-Konto hat noch keine Segmente.</translation>
    </message>
    <message>
        <source>This segment is no longer in the account. Choose another one.</source>
        <translation>Dieses Segment ist nicht mehr im Konto. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Naxai is still preparing this segment: it cannot be called until it is ready. Press Refresh later to check again.</source>
        <translation>Naxai bereitet dieses Segment noch vor: Es kann erst angerufen werden, wenn es fertig ist. Drücken Sie später auf Aktualisieren, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Counting the people in this segment…</source>
        <translation>Die Personen in diesem Segment werden gezählt…</translation>
    </message>
    <message>
        <source>The size of this segment could not be read. %1</source>
        <translation>Die Größe dieses Segments konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Add contacts or groups first.</source>
        <translation>Fügen Sie zuerst Kontakte oder Gruppen hinzu.</translation>
    </message>
    <message>
        <source>Routee needs the calling number to count: enter it in step 3, Delivery.</source>
        <translation>Routee braucht zum Zählen die Absendernummer: Geben Sie sie in Schritt 3, Zustellung, ein.</translation>
    </message>
    <message>
        <source>Asking Routee…</source>
        <translation>Routee wird gefragt…</translation>
    </message>
    <message>
        <source>Counting stopped.</source>
        <translation>Zählen angehalten.</translation>
    </message>
    <message>
        <source>Routee has no contact with one of these ids. Check the contact ids.</source>
        <translation>Routee hat keinen Kontakt mit einer dieser IDs. Prüfen Sie die Kontakt-IDs.</translation>
    </message>
    <message>
        <source>Routee says: %1</source>
        <translation>Routee meldet: %1</translation>
    </message>
    <message>
        <source>Nobody would be called: the groups are empty or unknown, or everyone in them is blacklisted.</source>
        <translation>Niemand würde angerufen: Die Gruppen sind leer oder unbekannt, oder alle darin stehen auf der schwarzen Liste.</translation>
    </message>
    <message>
        <source>Routee would call %1 in all.</source>
        <translation>Routee würde insgesamt %1 anrufen.</translation>
    </message>
    <message>
        <source>Group “%1”: %2.</source>
        <translation>Gruppe „%1“: %2.</translation>
    </message>
    <message>
        <source>nobody (empty or unknown)</source>
        <translation>niemand (leer oder unbekannt)</translation>
    </message>
    <message>
        <source>In the groups, %1 besides the contacts named above.</source>
        <translation>In den Gruppen %1 zusätzlich zu den oben genannten Kontakten.</translation>
    </message>
    <message>
        <source>%n contact is blacklisted and will not be called: %1.</source>
        <translation>%n Kontakt steht auf der schwarzen Liste und wird nicht angerufen: %1.</translation>
    </message>
    <message>
        <source>%n contacts are blacklisted and will not be called: %1.</source>
        <translation>%n Kontakte stehen auf der schwarzen Liste und werden nicht angerufen: %1.</translation>
    </message>
    <message>
        <source>The list changed: press Count recipients to ask Routee again.</source>
        <translation>Die Liste hat sich geändert: Drücken Sie auf Empfänger zählen, um Routee erneut zu fragen.</translation>
    </message>
</context>
<context>
    <name>BatchStopped</name>
    <message>
        <source>The provider refused part %1 of %2, so VoiceDesk stopped.</source>
        <translation>Der Anbieter hat Teil %1 von %2 abgelehnt, deshalb hat VoiceDesk angehalten.</translation>
    </message>
    <message>
        <source>The provider refused a part, so VoiceDesk stopped.</source>
        <translation>Der Anbieter hat einen Teil abgelehnt, deshalb hat VoiceDesk angehalten.</translation>
    </message>
    <message>
        <source>Sent: part %1.</source>
        <translation>Gesendet: Teil %1.</translation>
    </message>
    <message>
        <source>Sent: parts %1.</source>
        <translation>Gesendet: Teile %1.</translation>
    </message>
    <message>
        <source>None of the parts was sent.</source>
        <translation>Keiner der Teile wurde gesendet.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Nicht gesendet: Teil %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Nicht gesendet: Teile %1.</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Senden angehalten</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>Die restlichen Teile senden</translation>
    </message>
</context>
<context>
    <name>CallScriptEditor</name>
    <message>
        <source>* (star)</source>
        <translation>* (Stern)</translation>
    </message>
    <message>
        <source># (hash)</source>
        <translation># (Raute)</translation>
    </message>
    <message>
        <source>1. Welcome: what the caller hears first</source>
        <translation>1. Begrüßung: was die angerufene Person zuerst hört</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>For example: Hello, this is a message from your town hall.</source>
        <translation>Zum Beispiel: Guten Tag, dies ist eine Nachricht Ihrer Gemeindeverwaltung.</translation>
    </message>
    <message>
        <source>Listen to the welcome</source>
        <translation>Begrüßung anhören</translation>
    </message>
    <message>
        <source>Problem with the welcome</source>
        <translation>Problem mit der Begrüßung</translation>
    </message>
    <message>
        <source>How many times the welcome is played</source>
        <translation>Wie oft die Begrüßung abgespielt wird</translation>
    </message>
    <message>
        <source>Times &amp;played:</source>
        <translation>&amp;Wiedergaben:</translation>
    </message>
    <message>
        <source>2. Key-press menu: let the caller choose by pressing a key</source>
        <translation>2. Tastenmenü: die angerufene Person wählt per Tastendruck</translation>
    </message>
    <message>
        <source>Key-press menu</source>
        <translation>Tastenmenü</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>For example: Press 1 to hear the details again, press 2 to speak to someone.</source>
        <translation>Zum Beispiel: Drücken Sie 1, um die Einzelheiten erneut zu hören, drücken Sie 2, um mit jemandem zu sprechen.</translation>
    </message>
    <message>
        <source>Listen to the question</source>
        <translation>Frage anhören</translation>
    </message>
    <message>
        <source>Problem with the question</source>
        <translation>Problem mit der Frage</translation>
    </message>
    <message>
        <source>How many times the question is asked when no key is pressed</source>
        <translation>Wie oft die Frage gestellt wird, wenn keine Taste gedrückt wird</translation>
    </message>
    <message>
        <source>When the caller presses no key, the question is asked again, up to this number of times in all</source>
        <translation>Wenn die angerufene Person keine Taste drückt, wird die Frage erneut gestellt, insgesamt bis zu dieser Anzahl</translation>
    </message>
    <message>
        <source>Times &amp;asked:</source>
        <translation>&amp;Anzahl Fragen:</translation>
    </message>
    <message>
        <source>+ Add a &amp;key</source>
        <translation>+ &amp;Taste hinzufügen</translation>
    </message>
    <message>
        <source>Add a key the caller can press</source>
        <translation>Eine Taste hinzufügen, die die angerufene Person drücken kann</translation>
    </message>
    <message>
        <source>Problem with the menu</source>
        <translation>Problem mit dem Menü</translation>
    </message>
    <message>
        <source>3. End: the last words before hanging up (optional)</source>
        <translation>3. Ende: die letzten Worte vor dem Auflegen (optional)</translation>
    </message>
    <message>
        <source>End message</source>
        <translation>Schlussnachricht</translation>
    </message>
    <message>
        <source>For example: Thank you, goodbye.</source>
        <translation>Zum Beispiel: Vielen Dank, auf Wiederhören.</translation>
    </message>
    <message>
        <source>Listen to the end message</source>
        <translation>Schlussnachricht anhören</translation>
    </message>
    <message>
        <source>Problem with the end message</source>
        <translation>Problem mit der Schlussnachricht</translation>
    </message>
    <message>
        <source>Detect answering machines and leave this message instead</source>
        <translation>Anrufbeantworter erkennen und stattdessen diese Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Detect answering machines</source>
        <translation>Anrufbeantworter erkennen</translation>
    </message>
    <message>
        <source>Voicemail message</source>
        <translation>Nachricht für Anrufbeantworter</translation>
    </message>
    <message>
        <source>For example: This is your town hall: the water will be cut tomorrow from 8 to 12.</source>
        <translation>Zum Beispiel: Hier ist Ihre Gemeindeverwaltung: Das Wasser wird morgen von 8 bis 12 Uhr abgestellt.</translation>
    </message>
    <message>
        <source>Listen to the voicemail message</source>
        <translation>Nachricht für Anrufbeantworter anhören</translation>
    </message>
    <message>
        <source>Problem with the voicemail message</source>
        <translation>Problem mit der Nachricht für Anrufbeantworter</translation>
    </message>
    <message>
        <source>Hear the whole call when the caller &amp;presses:</source>
        <translation>Den ganzen Anruf anhören, wenn die angerufene Person &amp;drückt:</translation>
    </message>
    <message>
        <source>Key the caller presses in Play all</source>
        <translation>Taste, die die angerufene Person bei „Alles abspielen“ drückt</translation>
    </message>
    <message>
        <source>▶ Play &amp;all</source>
        <translation>▶ &amp;Alles abspielen</translation>
    </message>
    <message>
        <source>Play the whole call as the caller hears it</source>
        <translation>Den ganzen Anruf so abspielen, wie die angerufene Person ihn hört</translation>
    </message>
    <message>
        <source>no key (welcome, question, end)</source>
        <translation>keine Taste (Begrüßung, Frage, Ende)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>an answering machine picks up</source>
        <translation>ein Anrufbeantworter nimmt ab</translation>
    </message>
    <message>
        <source>Write what the caller hears first, or give the address of a recording.</source>
        <translation>Schreiben Sie, was die angerufene Person zuerst hört, oder geben Sie die Adresse einer Aufnahme an.</translation>
    </message>
    <message>
        <source>Write the message left on answering machines, or turn detection off.</source>
        <translation>Schreiben Sie die Nachricht für Anrufbeantworter oder schalten Sie die Erkennung aus.</translation>
    </message>
    <message>
        <source>Write the question that tells the caller which key to press.</source>
        <translation>Schreiben Sie die Frage, die der angerufenen Person sagt, welche Taste sie drücken soll.</translation>
    </message>
    <message>
        <source>Add at least one key the caller can press, or turn the menu off.</source>
        <translation>Fügen Sie mindestens eine Taste hinzu, die die angerufene Person drücken kann, oder schalten Sie das Menü aus.</translation>
    </message>
    <message>
        <source>Write what the caller hears after pressing %1.</source>
        <translation>Schreiben Sie, was die angerufene Person nach dem Drücken von %1 hört.</translation>
    </message>
    <message>
        <source>Key %1 is used twice: choose another key.</source>
        <translation>Taste %1 wird zweimal verwendet: Wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>Give the number to transfer the caller to.</source>
        <translation>Geben Sie die Nummer an, zu der die angerufene Person weitergeleitet wird.</translation>
    </message>
    <message>
        <source>The address of a recording starts with https://</source>
        <translation>Die Adresse einer Aufnahme beginnt mit https://</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Vom Anbieter angenommen</translation>
    </message>
    <message>
        <source>Not confirmed yet: checking with the provider</source>
        <translation>Noch nicht bestätigt: wird beim Anbieter nachgefragt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent (checked with the provider)</source>
        <translation>Nicht gesendet (beim Anbieter nachgefragt)</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf den Start</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Ruft an</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 accepted; the others were not sent</source>
        <translation>%1 von %2 angenommen; die anderen wurden nicht gesendet</translation>
    </message>
    <message>
        <source>%1 — %n campaign</source>
        <translation>%1 — %n Kampagne</translation>
    </message>
    <message>
        <source>%1 — %n campaigns</source>
        <translation>%1 — %n Kampagnen</translation>
    </message>
    <message>
        <source>Sandbox (practice)</source>
        <translation>Sandbox (Übung)</translation>
    </message>
    <message>
        <source>An account not set up here</source>
        <translation>Ein hier nicht eingerichtetes Konto</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Practice on the Sandbox: nobody was called and nothing was charged.</source>
        <translation>Übung in der Sandbox: Niemand wurde angerufen und nichts wurde berechnet.</translation>
    </message>
    <message>
        <source>This account is not set up on this computer any more, so the campaign cannot be followed. Add the account again in Tools → Accounts, with the same application id, to follow it.</source>
        <translation>Dieses Konto ist auf diesem Computer nicht mehr eingerichtet, daher kann die Kampagne nicht verfolgt werden. Fügen Sie das Konto unter Extras → Konten mit derselben Anwendungs-ID erneut hinzu, um sie zu verfolgen.</translation>
    </message>
    <message>
        <source>Real calls, charged to the account “%1”.</source>
        <translation>Echte Anrufe, berechnet über das Konto „%1“.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&lt;h2&gt;Campaigns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kampagnen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No campaign sent yet. When you send one from step 4, it shows here with its calls as they happen.</source>
        <translation>Noch keine Kampagne gesendet. Wenn Sie in Schritt 4 eine senden, erscheint sie hier, mit ihren Anrufen, sobald sie stattfinden.</translation>
    </message>
    <message>
        <source>Campaigns sent</source>
        <translation>Gesendete Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Check with the provider</source>
        <translation>Beim Anbieter &amp;nachfragen</translation>
    </message>
    <message>
        <source>Ask the provider whether this campaign was created. It is never sent twice.</source>
        <translation>Den Anbieter fragen, ob diese Kampagne angelegt wurde. Sie wird nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>Send the remaining &amp;parts…</source>
        <translation>Restliche &amp;Teile senden…</translation>
    </message>
    <message>
        <source>Send the parts of this campaign that certainly were not sent. Parts that went out are never sent again.</source>
        <translation>Die Teile dieser Kampagne senden, die sicher nicht gesendet wurden. Bereits gesendete Teile werden nie erneut gesendet.</translation>
    </message>
    <message>
        <source>Reference at the provider: %1</source>
        <translation>Referenz beim Anbieter: %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>Anbieter-ID %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>Sent as %n campaign.</source>
        <translation>Als %n Kampagne gesendet.</translation>
    </message>
    <message>
        <source>Sent as %n campaigns because the provider takes a limited number of recipients per campaign.</source>
        <translation>Als %n Kampagnen gesendet, weil der Anbieter nur eine begrenzte Zahl von Empfängern pro Kampagne annimmt.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Nicht gesendet: Teil %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Nicht gesendet: Teile %1.</translation>
    </message>
    <message>
        <source>Send the %n remaining part (%1 calls)? This is a paid service.</source>
        <translation>Den %n restlichen Teil (%1 Anrufe) senden? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Send the %n remaining parts (%1 calls)? This is a paid service.</source>
        <translation>Die %n restlichen Teile (%1 Anrufe) senden? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Only the parts that certainly were not sent go out: %1.</source>
        <translation>Nur die Teile, die sicher nicht gesendet wurden, gehen hinaus: %1.</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>Die restlichen Teile senden</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>When the caller presses</source>
        <translation>Wenn die angerufene Person drückt</translation>
    </message>
    <message>
        <source>speak this text</source>
        <translation>diesen Text sprechen</translation>
    </message>
    <message>
        <source>play a recording from its address</source>
        <translation>eine Aufnahme von ihrer Adresse abspielen</translation>
    </message>
    <message>
        <source>transfer the call to a number</source>
        <translation>den Anruf an eine Nummer weiterleiten</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Anhören</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>For example: The water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Zum Beispiel: Das Wasser wird morgen von 8 bis 12 Uhr abgestellt.</translation>
    </message>
    <message>
        <source>Times played:</source>
        <translation>Wiedergaben:</translation>
    </message>
    <message>
        <source>For example: +32 2 555 01 00</source>
        <translation>Zum Beispiel: +32 2 555 01 00</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> Versuch(e)</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>How many times the number is called if nobody answers (1 to 3)</source>
        <translation>Wie oft die Nummer angerufen wird, wenn niemand abnimmt (1 bis 3)</translation>
    </message>
    <message>
        <source>How long the number rings each time before giving up (5 to 30 seconds)</source>
        <translation>Wie lange die Nummer jedes Mal klingelt, bevor aufgegeben wird (5 bis 30 Sekunden)</translation>
    </message>
    <message>
        <source>ringing for up to</source>
        <translation>mit Klingeln bis zu</translation>
    </message>
    <message>
        <source>each</source>
        <translation>je Versuch</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Versuchen:</translation>
    </message>
    <message>
        <source>Optional: heard only by the person who answers, before the caller is put through</source>
        <translation>Optional: nur für die Person hörbar, die abnimmt, bevor die angerufene Person durchgestellt wird</translation>
    </message>
    <message>
        <source>&amp;Whisper:</source>
        <translation>&amp;Flüsteransage:</translation>
    </message>
    <message>
        <source>Key of this choice</source>
        <translation>Taste dieser Auswahl</translation>
    </message>
    <message>
        <source>What happens when the caller presses %1</source>
        <translation>Was passiert, wenn die angerufene Person %1 drückt</translation>
    </message>
    <message>
        <source>Text spoken after key %1</source>
        <translation>Text, der nach Taste %1 gesprochen wird</translation>
    </message>
    <message>
        <source>Recording address played after key %1</source>
        <translation>Adresse der Aufnahme, die nach Taste %1 abgespielt wird</translation>
    </message>
    <message>
        <source>Number the caller is transferred to after key %1</source>
        <translation>Nummer, zu der die angerufene Person nach Taste %1 weitergeleitet wird</translation>
    </message>
    <message>
        <source>How many times the transfer number is tried</source>
        <translation>Wie oft die Weiterleitungsnummer versucht wird</translation>
    </message>
    <message>
        <source>How long the transfer number rings each time, in seconds</source>
        <translation>Wie lange die Weiterleitungsnummer jedes Mal klingelt, in Sekunden</translation>
    </message>
    <message>
        <source>Whisper heard by the person who answers the transfer</source>
        <translation>Flüsteransage für die Person, die den weitergeleiteten Anruf annimmt</translation>
    </message>
    <message>
        <source>Listen to the whisper for key %1</source>
        <translation>Flüsteransage für Taste %1 anhören</translation>
    </message>
    <message>
        <source>How many times the message of key %1 is played</source>
        <translation>Wie oft die Nachricht für Taste %1 abgespielt wird</translation>
    </message>
    <message>
        <source>Listen to the message of key %1</source>
        <translation>Nachricht für Taste %1 anhören</translation>
    </message>
    <message>
        <source>Remove the choice for key %1</source>
        <translation>Auswahl für Taste %1 entfernen</translation>
    </message>
    <message>
        <source>Problem with key %1</source>
        <translation>Problem mit Taste %1</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Which column has the phone numbers?</source>
        <translation>Welche Spalte enthält die Telefonnummern?</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers:</source>
        <translation>Wählen Sie die Spalte mit den Telefonnummern:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>&amp;Import this column</source>
        <translation>Diese Spalte &amp;importieren</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&lt;h2&gt;3. Delivery&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Zustellung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Problem with this setting</source>
        <translation>Problem mit dieser Einstellung</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Anrufernummer</translation>
    </message>
    <message>
        <source>&amp;Number people see:</source>
        <translation>Angezeigte &amp;Nummer:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Send as soon as the campaign is sent</source>
        <translation>Anrufen, sobald die Kampagne gesendet ist</translation>
    </message>
    <message>
        <source>At a &amp;date and time</source>
        <translation>Zu einem &amp;Datum und einer Uhrzeit</translation>
    </message>
    <message>
        <source>Send at a date and time</source>
        <translation>Zu einem Datum und einer Uhrzeit senden</translation>
    </message>
    <message>
        <source>Date and time of the calls</source>
        <translation>Datum und Uhrzeit der Anrufe</translation>
    </message>
    <message>
        <source>Da&amp;te and time:</source>
        <translation>Da&amp;tum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>When the calls start, in words</source>
        <translation>Wann die Anrufe beginnen, in Worten</translation>
    </message>
    <message>
        <source>UTC (universal time)</source>
        <translation>UTC (Weltzeit)</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Anrufzeiten</translation>
    </message>
    <message>
        <source>Respect &amp;quiet hours</source>
        <translation>&amp;Ruhezeiten einhalten</translation>
    </message>
    <message>
        <source>Respect quiet hours</source>
        <translation>Ruhezeiten einhalten</translation>
    </message>
    <message>
        <source>Routee&apos;s rule: no calls between 23:00 and 08:00, nor between 14:00 and 17:00, in each person&apos;s own local time. Routee documents these hours for text messages and does not say whether calls falling in them wait or are dropped; countries spanning several time zones are not covered.</source>
        <translation>Regel von Routee: keine Anrufe zwischen 23:00 und 08:00 Uhr und zwischen 14:00 und 17:00 Uhr, jeweils in der Ortszeit der angerufenen Person. Routee dokumentiert diese Zeiten für SMS und sagt nicht, ob Anrufe in diesen Zeiten warten oder verworfen werden; Länder mit mehreren Zeitzonen sind nicht abgedeckt.</translation>
    </message>
    <message>
        <source>What quiet hours mean</source>
        <translation>Was Ruhezeiten bedeuten</translation>
    </message>
    <message>
        <source>Calendar of calling hours</source>
        <translation>Kalender der Anrufzeiten</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Liste &amp;neu laden</translation>
    </message>
    <message>
        <source>Reload the calendars from the account</source>
        <translation>Die Kalender erneut aus dem Konto laden</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <source>Next open time of the calendar</source>
        <translation>Nächste Öffnungszeit des Kalenders</translation>
    </message>
    <message>
        <source>Naxai waits for the calendar&apos;s next open time before calling. Calendars are set up in your Naxai account.</source>
        <translation>Naxai wartet vor dem Anrufen auf die nächste Öffnungszeit des Kalenders. Kalender werden in Ihrem Naxai-Konto eingerichtet.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>No retry</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Number of retries</source>
        <translation>Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source>Number of retr&amp;ies:</source>
        <translation>Anzahl der &amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Wait before retry %1</source>
        <translation>Wartezeit vor Wiederholung %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Unit of the wait before retry %1</source>
        <translation>Einheit der Wartezeit vor Wiederholung %1</translation>
    </message>
    <message>
        <source>Retry %1 after</source>
        <translation>Wiederholung %1 nach</translation>
    </message>
    <message>
        <source>Also retry when the person answered but pressed &amp;no key</source>
        <translation>Auch wiederholen, wenn die Person abgenommen, aber &amp;keine Taste gedrückt hat</translation>
    </message>
    <message>
        <source>Retry when no key was pressed</source>
        <translation>Wiederholen, wenn keine Taste gedrückt wurde</translation>
    </message>
    <message>
        <source>Retry when the call &amp;failed (busy, no answer, error)</source>
        <translation>Wiederholen, wenn der Anruf &amp;fehlgeschlagen ist (besetzt, keine Antwort, Fehler)</translation>
    </message>
    <message>
        <source>Retry when the call failed</source>
        <translation>Wiederholen, wenn der Anruf fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Naxai allows up to 3 retries, each at most 3 days after the previous call.</source>
        <translation>Naxai erlaubt bis zu 3 Wiederholungen, jede höchstens 3 Tage nach dem vorherigen Anruf.</translation>
    </message>
    <message>
        <source>Key presses and ringing</source>
        <translation>Tastendrücke und Klingeln</translation>
    </message>
    <message>
        <source>Collect &amp;key presses at the end of the message</source>
        <translation>&amp;Tastendrücke am Ende der Nachricht erfassen</translation>
    </message>
    <message>
        <source>Collect key presses</source>
        <translation>Tastendrücke erfassen</translation>
    </message>
    <message>
        <source>Routee&apos;s default</source>
        <translation>Standard von Routee</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Seconds to wait for key presses</source>
        <translation>Sekunden Wartezeit auf Tastendrücke</translation>
    </message>
    <message>
        <source>&amp;Wait for key presses:</source>
        <translation>Auf Tastendrücke &amp;warten:</translation>
    </message>
    <message>
        <source>Until the network gives up</source>
        <translation>Bis das Netz aufgibt</translation>
    </message>
    <message>
        <source>How long to let the phone ring</source>
        <translation>Wie lange das Telefon klingelt</translation>
    </message>
    <message>
        <source>Let the phone &amp;ring for:</source>
        <translation>Telefon klingeln &amp;lassen:</translation>
    </message>
    <message>
        <source>Call pace</source>
        <translation>Anruftempo</translation>
    </message>
    <message>
        <source>As fast as Naxai can call</source>
        <translation>So schnell, wie Naxai anrufen kann</translation>
    </message>
    <message>
        <source>Spread out by a load distribution set up in Naxai</source>
        <translation>Verteilt nach einer in Naxai eingerichteten Lastverteilung</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Name of the load distribution</source>
        <translation>Name der Lastverteilung</translation>
    </message>
    <message>
        <source>Load distribution &amp;name:</source>
        <translation>&amp;Name der Lastverteilung:</translation>
    </message>
    <message>
        <source>Status notifications to your web server (optional)</source>
        <translation>Statusmeldungen an Ihren Webserver (optional)</translation>
    </message>
    <message>
        <source>For each &amp;call:</source>
        <translation>Für jeden An&amp;ruf:</translation>
    </message>
    <message>
        <source>Notification address for each call</source>
        <translation>Benachrichtigungsadresse für jeden Anruf</translation>
    </message>
    <message>
        <source>For the whole ca&amp;mpaign:</source>
        <translation>Für die ganze Ka&amp;mpagne:</translation>
    </message>
    <message>
        <source>Notification address for the campaign</source>
        <translation>Benachrichtigungsadresse für die Kampagne</translation>
    </message>
    <message>
        <source>at every change</source>
        <translation>bei jeder Änderung</translation>
    </message>
    <message>
        <source>on completion only</source>
        <translation>nur beim Abschluss</translation>
    </message>
    <message>
        <source>When to notify: %1</source>
        <translation>Wann benachrichtigen: %1</translation>
    </message>
    <message>
        <source>Routee sends each status to this HTTPS address. Leave empty if you do not run such a server: the Campaigns list follows progress anyway.</source>
        <translation>Routee sendet jeden Status an diese HTTPS-Adresse. Leer lassen, wenn Sie keinen solchen Server betreiben: Die Kampagnenliste verfolgt den Fortschritt ohnehin.</translation>
    </message>
    <message>
        <source>No calendar: call at any time</source>
        <translation>Kein Kalender: jederzeit anrufen</translation>
    </message>
    <message>
        <source>Calendar chosen earlier (%1)</source>
        <translation>Früher gewählter Kalender (%1)</translation>
    </message>
    <message>
        <source>Digits only, up to %1 characters (a leading + is allowed). Routee shows a name as “Unknown”.</source>
        <translation>Nur Ziffern, höchstens %1 Zeichen (ein + am Anfang ist erlaubt). Routee zeigt einen Namen als „Unknown“ an.</translation>
    </message>
    <message>
        <source>The full international number without +, %1 to %2 digits.</source>
        <translation>Die vollständige internationale Nummer ohne +, %1 bis %2 Ziffern.</translation>
    </message>
</context>
<context>
    <name>DeliveryViewModel</name>
    <message>
        <source>The calls start as soon as you send the campaign.</source>
        <translation>Die Anrufe beginnen, sobald Sie die Kampagne senden.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time} {place} time</source>
        <translation>{weekday}, {day}. {month}{year}, {time} Uhr ({place})</translation>
    </message>
    <message>
        <source>The calls start on %1.</source>
        <translation>Die Anrufe beginnen am %1.</translation>
    </message>
    <message>
        <source>The calls start on %1 (%2 UTC).</source>
        <translation>Die Anrufe beginnen am %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>This calendar has no open time coming up: calls would wait.</source>
        <translation>Dieser Kalender hat keine kommende Öffnungszeit: Die Anrufe würden warten.</translation>
    </message>
    <message>
        <source>Open at that time: calls start right away.</source>
        <translation>Zu dieser Zeit geöffnet: Die Anrufe beginnen sofort.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time}</source>
        <translation>{weekday}, {day}. {month}{year}, {time} Uhr</translation>
    </message>
    <message>
        <source>Closed at that time; next open: %1</source>
        <translation>Zu dieser Zeit geschlossen; nächste Öffnung: %1</translation>
    </message>
    <message>
        <source>The calendars could not be loaded from the account: %1</source>
        <translation>Die Kalender konnten nicht aus dem Konto geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Numbers on this list are never called, in any campaign: they are left out before every send.</source>
        <translation>Nummern auf dieser Liste werden nie angerufen, in keiner Kampagne: Sie werden vor jedem Senden herausgenommen.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Nummern ohne Ländervorwahl sind in:</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Hinzuzufügende Nummern</translation>
    </message>
    <message>
        <source>Type or paste numbers to add, one per line or separated by commas or semicolons</source>
        <translation>Geben Sie die hinzuzufügenden Nummern ein oder fügen Sie sie ein, eine pro Zeile oder durch Kommas oder Semikolons getrennt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note or reason (optional), for example: asked not to be called</source>
        <translation>Notiz oder Grund (optional), zum Beispiel: möchte nicht angerufen werden</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put the removed numbers back</source>
        <translation>Die entfernten Nummern wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In der Liste suchen</translation>
    </message>
    <message>
        <source>Search by number or note</source>
        <translation>Nach Nummer oder Notiz suchen</translation>
    </message>
    <message>
        <source>How many numbers the search shows</source>
        <translation>Wie viele Nummern die Suche anzeigt</translation>
    </message>
    <message>
        <source>Numbers on the do-not-call list</source>
        <translation>Nummern auf der Sperrliste</translation>
    </message>
    <message>
        <source>Remove the selected numbers</source>
        <translation>Die ausgewählten Nummern entfernen</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Do-not-call list (%n number)</source>
        <translation>Sperrliste (%n Nummer)</translation>
    </message>
    <message>
        <source>Do-not-call list (%n numbers)</source>
        <translation>Sperrliste (%n Nummern)</translation>
    </message>
    <message>
        <source>%n of %1 shown</source>
        <translation>%n von %1 angezeigt</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>{done} von {total} Nummern geprüft</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Remove numbers</source>
        <translation>Nummern entfernen</translation>
    </message>
    <message>
        <source>Remove %n number from the do-not-call list?</source>
        <translation>%n Nummer von der Sperrliste entfernen?</translation>
    </message>
    <message>
        <source>Remove %n numbers from the do-not-call list?</source>
        <translation>%n Nummern von der Sperrliste entfernen?</translation>
    </message>
    <message>
        <source>Remove %n number</source>
        <translation>%n Nummer entfernen</translation>
    </message>
    <message>
        <source>Remove %n numbers</source>
        <translation>%n Nummern entfernen</translation>
    </message>
    <message>
        <source>Removed numbers may be called by the next campaign.</source>
        <translation>Entfernte Nummern können von der nächsten Kampagne angerufen werden.</translation>
    </message>
    <message>
        <source>Import numbers not to call</source>
        <translation>Nummern importieren, die nicht angerufen werden sollen</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Tabellen und Listen (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <translation>Die Sperrliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>do-not-call list.csv</source>
        <translation>Sperrliste.csv</translation>
    </message>
</context>
<context>
    <name>DoNotCallViewModel</name>
    <message>
        <source>%n number removed from the list; it may be called again.</source>
        <translation>%n Nummer von der Liste entfernt; sie kann wieder angerufen werden.</translation>
    </message>
    <message>
        <source>%n numbers removed from the list; they may be called again.</source>
        <translation>%n Nummern von der Liste entfernt; sie können wieder angerufen werden.</translation>
    </message>
    <message>
        <source>%n number put back on the list.</source>
        <translation>%n Nummer wieder auf die Liste gesetzt.</translation>
    </message>
    <message>
        <source>%n numbers put back on the list.</source>
        <translation>%n Nummern wieder auf die Liste gesetzt.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%n number saved to %1.</source>
        <translation>%n Nummer in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%n numbers saved to %1.</source>
        <translation>%n Nummern in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n hinzugefügt</translation>
    </message>
    <message>
        <source>%n already on the list</source>
        <translation>%n bereits auf der Liste</translation>
    </message>
    <message>
        <source>%n repeated</source>
        <translation>%n doppelt</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>und %n weitere</translation>
    </message>
    <message>
        <source>%n not a phone number: %1</source>
        <translation>%n ist keine Telefonnummer: %1</translation>
    </message>
    <message>
        <source>%n not phone numbers: %1</source>
        <translation>%n sind keine Telefonnummern: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the list could not be saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte die Liste nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to save in this folder. Choose another folder.</source>
        <translation>VoiceDesk darf in diesem Ordner nicht speichern. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This folder does not exist any more. Choose another folder.</source>
        <translation>Dieser Ordner existiert nicht mehr. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file name.</source>
        <translation>Das ist ein Ordner, keine Datei. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>Die Liste konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>DraftAccountViewModel</name>
    <message>
        <source>Sandbox (practice: nobody is called, nothing is charged)</source>
        <translation>Sandbox (Übung: Niemand wird angerufen, nichts wird berechnet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This draft was set to send with an account that is not set up on this computer, so it now uses the Sandbox: nobody is called. Choose a real account in step 4 before sending.</source>
        <translation>Dieser Entwurf sollte über ein Konto gesendet werden, das auf diesem Computer nicht eingerichtet ist, daher verwendet er jetzt die Sandbox: Niemand wird angerufen. Wählen Sie vor dem Senden in Schritt 4 ein echtes Konto.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, so this draft now uses the Sandbox: nobody is called. Choose another account in step 4 before sending.</source>
        <translation>Das Konto „%1“ wurde entfernt, daher verwendet dieser Entwurf jetzt die Sandbox: Niemand wird angerufen. Wählen Sie vor dem Senden in Schritt 4 ein anderes Konto.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now uses the Sandbox for %3: nobody is called. Choose a %3 account in step 4 to send for real.</source>
        <translation>„%1“ sendet nur %2-Kampagnen, daher verwendet dieser Entwurf jetzt die Sandbox für %3: Niemand wird angerufen. Wählen Sie in Schritt 4 ein %3-Konto, um wirklich zu senden.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now sends %3 calls with “%4”.</source>
        <translation>„%1“ sendet nur %2-Kampagnen, daher sendet dieser Entwurf jetzt %3-Anrufe über „%4“.</translation>
    </message>
</context>
<context>
    <name>DraftProblem</name>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list.</source>
        <translation>„{zone}“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {place} time: the clocks go forward that night and skip it. Choose a time an hour later or earlier.</source>
        <translation>{time} am {date} gibt es in der Zeitzone {place} nicht: In dieser Nacht wird die Uhr vorgestellt und überspringt diese Zeit. Wählen Sie eine Uhrzeit eine Stunde später oder früher.</translation>
    </message>
    <message>
        <source>{time} on {date} happens twice in {place} time: the clocks go back that night. Choose a time outside that hour, or say which of the two you mean.</source>
        <translation>{time} am {date} kommt in der Zeitzone {place} zweimal vor: In dieser Nacht wird die Uhr zurückgestellt. Wählen Sie eine Uhrzeit außerhalb dieser Stunde oder geben Sie an, welche der beiden Sie meinen.</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the first one (summer time).</source>
        <translation>{time} kommt in dieser Nacht in der Zeitzone {place} zweimal vor (die Uhr wird zurückgestellt); der Anruf ist für das erste Mal geplant (Sommerzeit).</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the second one (winter time).</source>
        <translation>{time} kommt in dieser Nacht in der Zeitzone {place} zweimal vor (die Uhr wird zurückgestellt); der Anruf ist für das zweite Mal geplant (Winterzeit).</translation>
    </message>
    <message>
        <source>Enter the number people will see when they are called.</source>
        <translation>Geben Sie die Nummer ein, die angerufene Personen sehen.</translation>
    </message>
    <message>
        <source>Routee needs digits only (a leading + is allowed), at most {limit} characters, for example {example}.</source>
        <translation>Routee akzeptiert nur Ziffern (ein + am Anfang ist erlaubt), höchstens {limit} Zeichen, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>Naxai needs the full international number, {low} to {high} digits, for example {example}.</source>
        <translation>Naxai braucht die vollständige internationale Nummer, {low} bis {high} Ziffern, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>The address must be a full web address starting with https://.</source>
        <translation>Die Adresse muss eine vollständige Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Choose between 0 and 3 retries.</source>
        <translation>Wählen Sie zwischen 0 und 3 Wiederholungen.</translation>
    </message>
    <message>
        <source>Give one waiting time per retry: {retries} retries need {retries} waiting times, there are {count}.</source>
        <translation>Geben Sie eine Wartezeit pro Wiederholung an: {retries} Wiederholungen brauchen {retries} Wartezeiten, es sind {count}.</translation>
    </message>
    <message>
        <source>Retry {number}: the wait must be at most 3 days ({limit} minutes); it is {delay}.</source>
        <translation>Wiederholung {number}: Die Wartezeit darf höchstens 3 Tage ({limit} Minuten) betragen; sie beträgt {delay}.</translation>
    </message>
    <message>
        <source>Choose the time zone from the list.</source>
        <translation>Wählen Sie die Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <source>{when} has already passed. Choose a later time, or send now.</source>
        <translation>{when} ist bereits vorbei. Wählen Sie eine spätere Uhrzeit oder senden Sie jetzt.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set how long to wait for key presses.</source>
        <translation>Schalten Sie das Erfassen von Tastendrücken ein, um festzulegen, wie lange auf Tastendrücke gewartet wird.</translation>
    </message>
    <message>
        <source>Wait between 1 and {limit} seconds for key presses.</source>
        <translation>Warten Sie zwischen 1 und {limit} Sekunden auf Tastendrücke.</translation>
    </message>
    <message>
        <source>Let the phone ring between 1 and {limit} seconds.</source>
        <translation>Lassen Sie das Telefon zwischen 1 und {limit} Sekunden klingeln.</translation>
    </message>
    <message>
        <source>Give the name of the load distribution set up in Naxai, or choose none.</source>
        <translation>Geben Sie den Namen der in Naxai eingerichteten Lastverteilung an oder wählen Sie keine.</translation>
    </message>
    <message>
        <source>Write what the caller hears, or give the address of a recording.</source>
        <translation>Schreiben Sie, was die angerufene Person hört, oder geben Sie die Adresse einer Aufnahme an.</translation>
    </message>
    <message>
        <source>Use either spoken text or a recording here, not both.</source>
        <translation>Verwenden Sie hier entweder gesprochenen Text oder eine Aufnahme, nicht beides.</translation>
    </message>
    <message>
        <source>The transfer number must be a full international number, 8 to 15 digits.</source>
        <translation>Die Weiterleitungsnummer muss eine vollständige internationale Nummer sein, 8 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>A key-press menu needs at least one key.</source>
        <translation>Ein Tastenmenü braucht mindestens eine Taste.</translation>
    </message>
    <message>
        <source>Key {key} is used twice in the menu.</source>
        <translation>Taste {key} wird im Menü zweimal verwendet.</translation>
    </message>
    <message>
        <source>Say what happens when the caller presses {key}.</source>
        <translation>Geben Sie an, was passiert, wenn die angerufene Person {key} drückt.</translation>
    </message>
    <message>
        <source>Write the text the callers will hear.</source>
        <translation>Schreiben Sie den Text, den die angerufenen Personen hören.</translation>
    </message>
    <message>
        <source>Give the public web address (https://...) of the recording.</source>
        <translation>Geben Sie die öffentliche Webadresse (https://...) der Aufnahme an.</translation>
    </message>
    <message>
        <source>Naxai does not speak {language}. Choose one of {offered}.</source>
        <translation>Naxai spricht kein {language}. Wählen Sie eine von {offered}.</translation>
    </message>
    <message>
        <source>The start time has passed. Choose a later time, or send now.</source>
        <translation>Die Startzeit ist vorbei. Wählen Sie eine spätere Uhrzeit oder senden Sie jetzt.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Keep the campaign name under {limit} characters.</source>
        <translation>Halten Sie den Namen der Kampagne unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The calling number must be a full international number of {low} to {high} digits, for example {example}.</source>
        <translation>Die Absendernummer muss eine vollständige internationale Nummer mit {low} bis {high} Ziffern sein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>Choose a segment of your Naxai contacts.</source>
        <translation>Wählen Sie ein Segment Ihrer Naxai-Kontakte.</translation>
    </message>
    <message>
        <source>Choose the segment from the list of Naxai segments.</source>
        <translation>Wählen Sie das Segment aus der Liste der Naxai-Segmente.</translation>
    </message>
    <message>
        <source>These numbers are not valid international numbers: {numbers}</source>
        <translation>Diese Nummern sind keine gültigen internationalen Nummern: {numbers}</translation>
    </message>
    <message>
        <source>Choose one segment, or type the numbers to call.</source>
        <translation>Wählen Sie ein Segment oder tippen Sie die anzurufenden Nummern ein.</translation>
    </message>
    <message>
        <source>Each waiting time before a retry must be between 0 and {limit} minutes (3 days).</source>
        <translation>Jede Wartezeit vor einer Wiederholung muss zwischen 0 und {limit} Minuten (3 Tage) liegen.</translation>
    </message>
    <message>
        <source>Choose the calendar from the list of Naxai calendars.</source>
        <translation>Wählen Sie den Kalender aus der Liste der Naxai-Kalender.</translation>
    </message>
    <message>
        <source>Name the load distribution to use, or choose none.</source>
        <translation>Nennen Sie die zu verwendende Lastverteilung oder wählen Sie keine.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Enter the caller number people will see (digits only, up to {limit}).</source>
        <translation>Geben Sie die Anrufernummer ein, die die Personen sehen (nur Ziffern, bis zu {limit}).</translation>
    </message>
    <message>
        <source>Routee needs a numeric caller number of at most {limit} characters, for example {example}.</source>
        <translation>Routee braucht eine Anrufernummer aus Ziffern mit höchstens {limit} Zeichen, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>The campaign name must be 2 to 30 characters: letters, digits, spaces and &apos;-&apos; only.</source>
        <translation>Der Name der Kampagne muss 2 bis 30 Zeichen lang sein: nur Buchstaben, Ziffern, Leerzeichen und „-“.</translation>
    </message>
    <message>
        <source>Add at least one phone number, contact or group.</source>
        <translation>Fügen Sie mindestens eine Telefonnummer, einen Kontakt oder eine Gruppe hinzu.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} phone numbers per campaign; this one has {count}.</source>
        <translation>Routee akzeptiert höchstens {limit} Telefonnummern pro Kampagne; diese hat {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} contacts per campaign; this one has {count}.</source>
        <translation>Routee akzeptiert höchstens {limit} Kontakte pro Kampagne; diese hat {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} groups per campaign; this one has {count}.</source>
        <translation>Routee akzeptiert höchstens {limit} Gruppen pro Kampagne; diese hat {count}.</translation>
    </message>
    <message>
        <source>These numbers are not in international format (+ and country code): {numbers}</source>
        <translation>Diese Nummern sind nicht im internationalen Format (+ und Ländervorwahl): {numbers}</translation>
    </message>
    <message>
        <source>Type the text to be read to the people called.</source>
        <translation>Tippen Sie den Text ein, der den angerufenen Personen vorgelesen wird.</translation>
    </message>
    <message>
        <source>Routee reads at most {limit} characters; this text has {count}. Shorten it.</source>
        <translation>Routee liest höchstens {limit} Zeichen vor; dieser Text hat {count}. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Routee cannot speak the language &apos;{language}&apos;. Choose another language.</source>
        <translation>Routee kann die Sprache „{language}“ nicht sprechen. Wählen Sie eine andere Sprache.</translation>
    </message>
    <message>
        <source>Give the public web address of the WAV recording.</source>
        <translation>Geben Sie die öffentliche Webadresse der WAV-Aufnahme an.</translation>
    </message>
    <message>
        <source>Routee only plays .wav files: the recording address must be a web address ending in .wav.</source>
        <translation>Routee spielt nur .wav-Dateien ab: Die Adresse der Aufnahme muss eine Webadresse sein, die auf .wav endet.</translation>
    </message>
    <message>
        <source>Routee cannot play call scripts with menus. Use spoken text or a WAV recording.</source>
        <translation>Routee kann keine Anrufskripte mit Menüs abspielen. Verwenden Sie gesprochenen Text oder eine WAV-Aufnahme.</translation>
    </message>
    <message>
        <source>The ringing time must be between 1 and {limit} seconds.</source>
        <translation>Die Klingeldauer muss zwischen 1 und {limit} Sekunden liegen.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set a waiting time for key presses.</source>
        <translation>Schalten Sie das Erfassen von Tastendrücken ein, um eine Wartezeit für Tastendrücke festzulegen.</translation>
    </message>
    <message>
        <source>The waiting time for key presses cannot be negative.</source>
        <translation>Die Wartezeit für Tastendrücke kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Status notification addresses must start with https://.</source>
        <translation>Adressen für Statusmeldungen müssen mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The segment “{name}” is still being prepared by Naxai. Wait until it is ready, or choose another segment.</source>
        <translation>Das Segment „{name}“ wird noch von Naxai vorbereitet. Warten Sie, bis es fertig ist, oder wählen Sie ein anderes Segment.</translation>
    </message>
    <message>
        <source>Add at least one valid phone number.</source>
        <translation>Fügen Sie mindestens eine gültige Telefonnummer hinzu.</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n Tag</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n Tage</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n Stunde</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n Stunden</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n Minute</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n Minuten</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Entwürfe&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Einen neuen Entwurf beginnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Den ausgewählten Entwurf öffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the selected draft</source>
        <translation>Eine Kopie des ausgewählten Entwurfs erstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected draft (you can undo)</source>
        <translation>Den ausgewählten Entwurf löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>In Datei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the selected draft as a file to share</source>
        <translation>Den ausgewählten Entwurf als Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a draft file a colleague shared</source>
        <translation>Eine Entwurfsdatei öffnen, die jemand aus dem Kollegium geteilt hat</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Entwurf gelöscht</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Gespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>No saved drafts yet. Press New to start one, or Import a draft file a colleague sent you.</source>
        <translation>Noch keine gespeicherten Entwürfe. Klicken Sie auf Neu, um einen zu beginnen, oder importieren Sie eine Entwurfsdatei, die Ihnen jemand geschickt hat.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Den Entwurf exportieren</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Einen Entwurf importieren</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*%1)</source>
        <translation>VoiceDesk-Entwürfe (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>„%1“ ist wieder da.</translation>
    </message>
</context>
<context>
    <name>DraftsViewModel</name>
    <message>
        <source>Could not list the drafts</source>
        <translation>Die Entwürfe konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not start a new draft</source>
        <translation>Es konnte kein neuer Entwurf begonnen werden</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Der Entwurf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Dieser Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Could not duplicate the draft</source>
        <translation>Der Entwurf konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Could not delete the draft</source>
        <translation>Der Entwurf konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not bring the draft back</source>
        <translation>Der Entwurf konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Could not export the draft</source>
        <translation>Der Entwurf konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not open the draft file</source>
        <translation>Die Entwurfsdatei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Eine Liste einfügen</translation>
    </message>
    <message>
        <source>Add every line (or comma-separated entry) on the clipboard</source>
        <translation>Jede Zeile (oder jeden durch Kommas getrennten Eintrag) aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Die ausgewählten Einträge entfernen</translation>
    </message>
    <message>
        <source>That is more than %1: send them in several campaigns.</source>
        <translation>Das sind mehr als %1: Senden Sie sie in mehreren Kampagnen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The provider is busy with too many requests. Try again after %1.</source>
        <translation>Der Anbieter erhält zu viele Anfragen. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>The provider is busy with too many requests. Try again in a minute.</source>
        <translation>Der Anbieter erhält zu viele Anfragen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials. Check them in Accounts.</source>
        <translation>Der Anbieter hat die Zugangsdaten des Kontos abgelehnt. Prüfen Sie sie unter Konten.</translation>
    </message>
    <message>
        <source>This account is not allowed to send voice campaigns. Ask the provider to enable them.</source>
        <translation>Dieses Konto darf keine Sprachkampagnen senden. Bitten Sie den Anbieter, sie freizuschalten.</translation>
    </message>
    <message>
        <source>The account does not have enough balance for these calls. Top it up and try again.</source>
        <translation>Das Guthaben des Kontos reicht für diese Anrufe nicht aus. Laden Sie es auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider rejected one or more phone numbers. Check the recipients.</source>
        <translation>Der Anbieter hat eine oder mehrere Telefonnummern abgelehnt. Prüfen Sie die Empfänger.</translation>
    </message>
    <message>
        <source>The provider rejected the campaign: a field is not valid.</source>
        <translation>Der Anbieter hat die Kampagne abgelehnt: Ein Feld ist ungültig.</translation>
    </message>
    <message>
        <source>The provider does not know this campaign any more.</source>
        <translation>Der Anbieter kennt diese Kampagne nicht mehr.</translation>
    </message>
    <message>
        <source>The provider already has a campaign with this name, or it cannot change now.</source>
        <translation>Der Anbieter hat bereits eine Kampagne mit diesem Namen, oder sie kann jetzt nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s service is failing right now. Try again in a few minutes.</source>
        <translation>Der Dienst des Anbieters hat gerade Störungen. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The provider took too long to answer.</source>
        <translation>Der Anbieter hat zu lange für eine Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the internet connection and try again.</source>
        <translation>Der Anbieter ist nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider could not complete the request.</source>
        <translation>Der Anbieter konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Der Anbieter meldet: %1</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Etwas ist schiefgegangen. Es ging nichts verloren; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Bulgarian (Bulgaria)</source>
        <translation>Bulgarisch (Bulgarien)</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Niederländisch (Belgien)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Niederländisch (Niederlande)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Englisch (Vereinigtes Königreich)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Englisch (Vereinigte Staaten)</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Französisch (Belgien)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Französisch (Frankreich)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <source>Greek (Greece)</source>
        <translation>Griechisch (Griechenland)</translation>
    </message>
    <message>
        <source>Hungarian (Hungary)</source>
        <translation>Ungarisch (Ungarn)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italienisch (Italien)</translation>
    </message>
    <message>
        <source>Polish (Poland)</source>
        <translation>Polnisch (Polen)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>Russian (Russia)</source>
        <translation>Russisch (Russland)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Spanisch (Lateinamerika)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanisch (Spanien)</translation>
    </message>
    <message>
        <source>Swedish (Sweden)</source>
        <translation>Schwedisch (Schweden)</translation>
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
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation>Den Hinweis schließen</translation>
    </message>
    <message>
        <source>Steps and lists</source>
        <translation>Schritte und Listen</translation>
    </message>
    <message>
        <source>Opening your draft…</source>
        <translation>Ihr Entwurf wird geöffnet…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>Sandbox account: practice freely. Nobody is called and nothing is charged.</source>
        <translation>Sandbox-Konto: Üben Sie nach Belieben. Niemand wird angerufen und nichts wird berechnet.</translation>
    </message>
    <message>
        <source>1. Message</source>
        <translation>1. Nachricht</translation>
    </message>
    <message>
        <source>2. Recipients</source>
        <translation>2. Empfänger</translation>
    </message>
    <message>
        <source>3. Delivery</source>
        <translation>3. Zustellung</translation>
    </message>
    <message>
        <source>4. Review and send</source>
        <translation>4. Prüfen und senden</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Den Entwurf exportieren</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*.voicedraft)</source>
        <translation>VoiceDesk-Entwürfe (*.voicedraft)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <source>Write the spoken text first.</source>
        <translation>Schreiben Sie zuerst den gesprochenen Text.</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Die Vorschau exportieren</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>&lt;h2&gt;1. Message&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Nachricht&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Senden &amp;mit:</translation>
    </message>
    <message>
        <source>For example: Water cut Ixelles</source>
        <translation>Zum Beispiel: Wasserabstellung Ixelles</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Name der Kampagne:</translation>
    </message>
    <message>
        <source>&amp;Spoken text</source>
        <translation>&amp;Gesprochener Text</translation>
    </message>
    <message>
        <source>&amp;Recorded message (WAV)</source>
        <translation>&amp;Aufgenommene Nachricht (WAV)</translation>
    </message>
    <message>
        <source>Call s&amp;cript with key-press menu</source>
        <translation>Anruf&amp;skript mit Tastenmenü</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>&amp;Language and voice:</source>
        <translation>&amp;Sprache und Stimme:</translation>
    </message>
    <message>
        <source>▶ &amp;Listen</source>
        <translation>▶ An&amp;hören</translation>
    </message>
    <message>
        <source>Listen to the message</source>
        <translation>Die Nachricht anhören</translation>
    </message>
    <message>
        <source>Speak the message with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Die Nachricht mit der Stimme dieses Computers sprechen (eine Annäherung an die Stimme des Anbieters)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Text der Nachricht</translation>
    </message>
    <message>
        <source>Type what people will hear, for example: Water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Geben Sie ein, was die Angerufenen hören, zum Beispiel: Das Wasser wird morgen von 8 bis 12 Uhr abgestellt.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Länge der Nachricht</translation>
    </message>
    <message>
        <source>Words that may sound wrong</source>
        <translation>Wörter, die falsch klingen könnten</translation>
    </message>
    <message>
        <source>Public address of the WAV file</source>
        <translation>Öffentliche Adresse der WAV-Datei</translation>
    </message>
    <message>
        <source>Public &amp;address of the WAV file:</source>
        <translation>Öffentliche &amp;Adresse der WAV-Datei:</translation>
    </message>
    <message>
        <source>Providers fetch the recording from its address: put the same WAV file on a public web server.</source>
        <translation>Die Anbieter holen die Aufnahme von ihrer Adresse ab: Legen Sie dieselbe WAV-Datei auf einen öffentlichen Webserver.</translation>
    </message>
    <message>
        <source>%1 / %2 characters · about %3 seconds when spoken</source>
        <translation>%1 / %2 Zeichen · gesprochen etwa %3 Sekunden</translation>
    </message>
    <message>
        <source>%1 characters · about %3 seconds when spoken</source>
        <translation>%1 Zeichen · gesprochen etwa %3 Sekunden</translation>
    </message>
    <message>
        <source>too long for %1: shorten the text</source>
        <translation>zu lang für %1: Kürzen Sie den Text</translation>
    </message>
    <message>
        <source>long number, may be read as an amount</source>
        <translation>lange Zahl, wird vielleicht als Betrag gelesen</translation>
    </message>
    <message>
        <source>abbreviation, may be spelled out</source>
        <translation>Abkürzung, wird vielleicht buchstabiert</translation>
    </message>
    <message>
        <source>web or e-mail address, read letter by letter</source>
        <translation>Web- oder E-Mail-Adresse, wird Buchstabe für Buchstabe gelesen</translation>
    </message>
    <message>
        <source>time, write it in words to be sure</source>
        <translation>Uhrzeit, schreiben Sie sie zur Sicherheit in Worten</translation>
    </message>
    <message>
        <source>Listen to check these: %1</source>
        <translation>Hören Sie diese zur Kontrolle an: %1</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>Speak this text</source>
        <translation>Diesen Text sprechen</translation>
    </message>
    <message>
        <source>Play a recording from its address</source>
        <translation>Eine Aufnahme von ihrer Adresse abspielen</translation>
    </message>
    <message>
        <source>%1: spoken text or recording</source>
        <translation>%1: gesprochener Text oder Aufnahme</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Anhören</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1: Text</translation>
    </message>
    <message>
        <source>%1 recording address</source>
        <translation>%1: Adresse der Aufnahme</translation>
    </message>
    <message>
        <source>Hear this text with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Diesen Text mit der Stimme dieses Computers anhören (eine Annäherung an die Stimme des Anbieters)</translation>
    </message>
    <message>
        <source>Recordings are played by the provider from their address; only written text can be listened to here</source>
        <translation>Aufnahmen spielt der Anbieter von ihrer Adresse ab; nur geschriebener Text kann hier angehört werden</translation>
    </message>
    <message>
        <source>Write a text first</source>
        <translation>Schreiben Sie zuerst einen Text</translation>
    </message>
</context>
<context>
    <name>PlayCountSpin</name>
    <message>
        <source> time(s)</source>
        <translation> Mal</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Position in the preview</source>
        <translation>Position in der Vorschau</translation>
    </message>
    <message>
        <source>Approximation of the provider&apos;s voice</source>
        <translation>Annäherung an die Stimme des Anbieters</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>PreviewViewModel</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved: {0}</source>
        <translation>Die Vorschau konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved to {0}: {1}</source>
        <translation>Die Vorschau konnte nicht in {0} gespeichert werden: {1}</translation>
    </message>
    <message>
        <source>Saved the preview to {0}.</source>
        <translation>Vorschau in {0} gespeichert.</translation>
    </message>
    <message>
        <source>No local {0} voice; using {1}.</source>
        <translation>Keine lokale Stimme „{0}“; {1} wird verwendet.</translation>
    </message>
    <message>
        <source>No local voice for {0}; using the nearest one: {1}.</source>
        <translation>Keine lokale Stimme für {0}; die nächstliegende wird verwendet: {1}.</translation>
    </message>
    <message>
        <source>This sound cannot be played.</source>
        <translation>Dieser Ton kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The sound could not be played: {0}</source>
        <translation>Der Ton konnte nicht abgespielt werden: {0}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {0}</source>
        <translation>Die Vorschau ist unerwartet fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>ProviderAudienceBox</name>
    <message>
        <source>Routee contacts and groups (optional)</source>
        <translation>Routee-Kontakte und -Gruppen (optional)</translation>
    </message>
    <message>
        <source>Besides the phone numbers below, Routee can call contacts and groups of your Routee account. Type or paste their ids and names as they appear in Routee.</source>
        <translation>Zusätzlich zu den Telefonnummern unten kann Routee Kontakte und Gruppen Ihres Routee-Kontos anrufen. Geben Sie deren IDs und Namen so ein, wie sie in Routee erscheinen, oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contact id, then Enter</source>
        <translation>Kontakt-ID, dann Eingabe</translation>
    </message>
    <message>
        <source>%n contact (at most 1,000)</source>
        <translation>%n Kontakt (höchstens 1.000)</translation>
    </message>
    <message>
        <source>%n contacts (at most 1,000)</source>
        <translation>%n Kontakte (höchstens 1.000)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Group name, then Enter</source>
        <translation>Gruppenname, dann Eingabe</translation>
    </message>
    <message>
        <source>%n group (at most 1,000)</source>
        <translation>%n Gruppe (höchstens 1.000)</translation>
    </message>
    <message>
        <source>%n groups (at most 1,000)</source>
        <translation>%n Gruppen (höchstens 1.000)</translation>
    </message>
    <message>
        <source>C&amp;ount recipients</source>
        <translation>Empfänger &amp;zählen</translation>
    </message>
    <message>
        <source>Ask Routee how many people the contacts and groups reach</source>
        <translation>Routee fragen, wie viele Personen die Kontakte und Gruppen erreichen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Das Zählen anhalten</translation>
    </message>
    <message>
        <source>How many people Routee would call</source>
        <translation>Wie viele Personen Routee anrufen würde</translation>
    </message>
    <message>
        <source>Who Naxai calls</source>
        <translation>Wen Naxai anruft</translation>
    </message>
    <message>
        <source>Phone numbers (typed or imported)</source>
        <translation>Telefonnummern (eingegeben oder importiert)</translation>
    </message>
    <message>
        <source>A segment of your Naxai contacts</source>
        <translation>Ein Segment Ihrer Naxai-Kontakte</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the segments from the account again</source>
        <translation>Die Segmente erneut aus dem Konto laden</translation>
    </message>
    <message>
        <source>About the segment</source>
        <translation>Zum Segment</translation>
    </message>
    <message>
        <source>Also call people who unsubscribed</source>
        <translation>Auch abgemeldete Personen anrufen</translation>
    </message>
    <message>
        <source>Leave this off unless the call is one everyone must get, such as a safety alert: people who unsubscribed asked not to be contacted.</source>
        <translation>Lassen Sie dies aus, außer wenn alle den Anruf erhalten müssen, etwa bei einer Sicherheitswarnung: Abgemeldete Personen haben gebeten, nicht kontaktiert zu werden.</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>Segment wählen…</translation>
    </message>
    <message>
        <source>%1 (not ready yet)</source>
        <translation>%1 (noch nicht fertig)</translation>
    </message>
    <message>
        <source>The segment chosen earlier</source>
        <translation>Das zuvor gewählte Segment</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>&lt;h2&gt;2. Recipients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Empfänger&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The phone numbers typed here are kept in the draft, but not called while a segment is chosen.</source>
        <translation>Die hier eingegebenen Telefonnummern bleiben im Entwurf erhalten, werden aber nicht angerufen, solange ein Segment gewählt ist.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>Numbers written without a country code belong to this country</source>
        <translation>Nummern ohne Ländervorwahl gehören zu diesem Land</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Nummern ohne Ländervorwahl sind aus:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Type or paste phone numbers, one per line or separated by commas or semicolons, for example:
0470 12 34 56
+33 6 12 34 56 78</source>
        <translation>Geben Sie Telefonnummern ein oder fügen Sie sie ein, eine pro Zeile oder durch Kommas oder Semikolons getrennt, zum Beispiel:
0470 12 34 56
+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Aus einer Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import numbers from a CSV or Excel file</source>
        <translation>Nummern aus einer CSV- oder Excel-Datei importieren</translation>
    </message>
    <message>
        <source>Summary of the numbers</source>
        <translation>Übersicht der Nummern</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Numbers that cannot be called (double-click to correct):</source>
        <translation>Nummern, die nicht angerufen werden können (zum Korrigieren doppelklicken):</translation>
    </message>
    <message>
        <source>Numbers that cannot be called</source>
        <translation>Nummern, die nicht angerufen werden können</translation>
    </message>
    <message>
        <source>&amp;Export invalid numbers…</source>
        <translation>Ungültige Nummern &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the invalid numbers as a CSV file</source>
        <translation>Die ungültigen Nummern als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>{done} von {total} Nummern geprüft</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Telefonnummern importieren</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Tabellen und Listen (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export invalid numbers</source>
        <translation>Ungültige Nummern exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>invalid numbers.csv</source>
        <translation>ungültige Nummern.csv</translation>
    </message>
    <message>
        <source>Invalid numbers saved.</source>
        <translation>Ungültige Nummern gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>Landline or mobile</source>
        <translation>Festnetz oder mobil</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Mehrwertnummer</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>Geteilte Kosten</translation>
    </message>
    <message>
        <source>Internet phone (VoIP)</source>
        <translation>Internettelefonie (VoIP)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Persönliche Nummer</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Firmennummer</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Empty entry</source>
        <translation>Leerer Eintrag</translation>
    </message>
    <message>
        <source>Contains letters</source>
        <translation>Enthält Buchstaben</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Unbekannte Ländervorwahl</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Zu wenige Ziffern</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Zu viele Ziffern</translation>
    </message>
    <message>
        <source>Wrong number of digits for this country</source>
        <translation>Falsche Anzahl Ziffern für dieses Land</translation>
    </message>
    <message>
        <source>Not a valid number in this country&apos;s numbering plan</source>
        <translation>Keine gültige Nummer im Nummernplan dieses Landes</translation>
    </message>
    <message>
        <source>Double-click to correct this number</source>
        <translation>Zum Korrigieren dieser Nummer doppelklicken</translation>
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
        <translation>Anschlussart</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Wie eingegeben</translation>
    </message>
</context>
<context>
    <name>RecipientsViewModel</name>
    <message>
        <source>No numbers yet</source>
        <translation>Noch keine Nummern</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>1 Duplikat entfernt</translation>
    </message>
    <message>
        <source>{count} duplicates removed</source>
        <translation>{count} Duplikate entfernt</translation>
    </message>
    <message>
        <source>{valid} valid, {invalid} invalid, {removed}</source>
        <translation>{valid} gültig, {invalid} ungültig, {removed}</translation>
    </message>
    <message>
        <source>No column in this file looks like phone numbers.</source>
        <translation>Keine Spalte dieser Datei sieht nach Telefonnummern aus.</translation>
    </message>
    <message>
        <source>The file has a header row but no numbers under it.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Nummern darunter.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>Die Datei wurde nicht gefunden. Sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>Die Liste konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This column does not exist in the file.</source>
        <translation>Diese Spalte gibt es in der Datei nicht.</translation>
    </message>
    <message>
        <source>This column is empty.</source>
        <translation>Diese Spalte ist leer.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file that VoiceDesk can read.</source>
        <translation>Diese Datei ist keine Textdatei (CSV), die VoiceDesk lesen kann.</translation>
    </message>
    <message>
        <source>This file is too large to import (more than 200 MB).</source>
        <translation>Diese Datei ist zu groß für den Import (mehr als 200 MB).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to read this file.</source>
        <translation>VoiceDesk darf diese Datei nicht lesen.</translation>
    </message>
    <message>
        <source>This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>Diese Excel-Datei kann nicht gelesen werden. Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>Das ist eine alte Excel-Datei (.xls). Öffnen Sie sie in Excel und speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>Something went wrong while checking the numbers.</source>
        <translation>Beim Prüfen der Nummern ist etwas schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>The API request</source>
        <translation>Die API-Anfrage</translation>
    </message>
    <message>
        <source>This draft cannot be sent yet:</source>
        <translation>Dieser Entwurf kann noch nicht gesendet werden:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Inhalt der Anfrage</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&lt;h2&gt;4. Review and send&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Prüfen und senden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Checking the draft…</source>
        <translation>Der Entwurf wird geprüft…</translation>
    </message>
    <message>
        <source>Summary of the campaign</source>
        <translation>Übersicht der Kampagne</translation>
    </message>
    <message>
        <source>Numbers left out</source>
        <translation>Ausgelassene Nummern</translation>
    </message>
    <message>
        <source>Sent as several campaigns</source>
        <translation>Als mehrere Kampagnen gesendet</translation>
    </message>
    <message>
        <source>What must be fixed before sending</source>
        <translation>Was vor dem Senden behoben werden muss</translation>
    </message>
    <message>
        <source>▶ Listen one last time</source>
        <translation>▶ Ein letztes Mal anhören</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n call&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n Anruf&lt;/b&gt; mit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n Anrufe&lt;/b&gt; mit %1</translation>
    </message>
    <message>
        <source>They will hear the recording at %1.</source>
        <translation>Sie hören die Aufnahme unter %1.</translation>
    </message>
    <message>
        <source>They will hear the call script, in %1.</source>
        <translation>Sie hören das Anrufskript auf %1.</translation>
    </message>
    <message>
        <source>Calls start as soon as you send.</source>
        <translation>Die Anrufe beginnen, sobald Sie senden.</translation>
    </message>
    <message>
        <source>Calls start on %1.</source>
        <translation>Die Anrufe beginnen am %1.</translation>
    </message>
    <message>
        <source>an account not set up on this computer</source>
        <translation>ein auf diesem Computer nicht eingerichtetes Konto</translation>
    </message>
    <message>
        <source>&lt;i&gt;Sandbox account: nobody is called and nothing is charged.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sandbox-Konto: Niemand wird angerufen und nichts wird berechnet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%n invalid number</source>
        <translation>%n ungültige Nummer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;Anrufe&lt;/b&gt; mit %1</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a female voice: “%2”</source>
        <translation>Sie hören auf %1 mit einer Frauenstimme: „%2“</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a male voice: “%2”</source>
        <translation>Sie hören auf %1 mit einer Männerstimme: „%2“</translation>
    </message>
    <message>
        <source>%n invalid numbers</source>
        <translation>%n ungültige Nummern</translation>
    </message>
    <message>
        <source>%n duplicate removed</source>
        <translation>%n Duplikat entfernt</translation>
    </message>
    <message>
        <source>%n duplicates removed</source>
        <translation>%n Duplikate entfernt</translation>
    </message>
    <message>
        <source>%n on the do-not-call list</source>
        <translation>%n auf der Sperrliste</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before sending:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vor dem Senden beheben:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send %n call…</source>
        <translation>%n Anruf senden…</translation>
    </message>
    <message>
        <source>Send %n calls…</source>
        <translation>%n Anrufe senden…</translation>
    </message>
    <message>
        <source>Routee calls at most %1 numbers per campaign.</source>
        <translation>Routee ruft höchstens %1 Nummern pro Kampagne an.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 numbers as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk sendet diese %1 Nummern als %2 Kampagnen, „%3“ bis „%4“.</translation>
    </message>
    <message>
        <source>Routee calls at most %1 contacts per campaign.</source>
        <translation>Routee ruft höchstens %1 Kontakte pro Kampagne an.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 contacts as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk sendet diese %1 Kontakte als %2 Kampagnen, „%3“ bis „%4“.</translation>
    </message>
    <message>
        <source>Routee takes at most %1 groups per campaign.</source>
        <translation>Routee nimmt höchstens %1 Gruppen pro Kampagne an.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 groups as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk sendet diese %1 Gruppen als %2 Kampagnen, „%3“ bis „%4“.</translation>
    </message>
    <message>
        <source>Your do-not-call list applies only to the numbers typed or imported here, not to the people the provider adds.</source>
        <translation>Ihre Sperrliste gilt nur für die hier eingegebenen oder importierten Nummern, nicht für die Personen, die der Anbieter hinzufügt.</translation>
    </message>
    <message>
        <source>the chosen segment</source>
        <translation>das gewählte Segment</translation>
    </message>
    <message>
        <source>%n person</source>
        <translation>%n Person</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n Personen</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>noch nicht gezählt</translation>
    </message>
    <message>
        <source>They are the people in the Naxai segment “%1” (%2).</source>
        <translation>Es sind die Personen im Naxai-Segment „%1“ (%2).</translation>
    </message>
    <message>
        <source>People who unsubscribed are called too.</source>
        <translation>Abgemeldete Personen werden auch angerufen.</translation>
    </message>
    <message>
        <source>People who unsubscribed are left out, so there may be fewer calls.</source>
        <translation>Abgemeldete Personen werden ausgelassen, daher kann es weniger Anrufe geben.</translation>
    </message>
    <message>
        <source>%n Routee contact</source>
        <translation>%n Routee-Kontakt</translation>
    </message>
    <message>
        <source>%n Routee contacts</source>
        <translation>%n Routee-Kontakte</translation>
    </message>
    <message>
        <source>everyone in %n group</source>
        <translation>alle Personen in %n Gruppe</translation>
    </message>
    <message>
        <source>everyone in %n groups</source>
        <translation>alle Personen in %n Gruppen</translation>
    </message>
    <message>
        <source>They include %1.</source>
        <translation>Dazu gehören %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Routee counted %1 in them.</source>
        <translation>Routee hat darin %1 gezählt.</translation>
    </message>
    <message>
        <source>The groups are not counted yet: use Count recipients in step 2.</source>
        <translation>Die Gruppen sind noch nicht gezählt: Verwenden Sie Empfänger zählen in Schritt 2.</translation>
    </message>
    <message>
        <source>Send the calls to everyone in the segment? This is a paid service.</source>
        <translation>Die Anrufe an alle Personen im Segment senden? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Send %n call plus %1? This is a paid service.</source>
        <translation>%n Anruf senden, dazu Anrufe an %1? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Send %n calls plus %1? This is a paid service.</source>
        <translation>%n Anrufe senden, dazu Anrufe an %1? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real calls:&lt;/b&gt; real people are called, and the calls are charged to the account “%1”.</source>
        <translation>&lt;b&gt;Echte Anrufe:&lt;/b&gt; Echte Personen werden angerufen, und die Anrufe werden über das Konto „%1“ berechnet.</translation>
    </message>
    <message>
        <source>The account changed after you confirmed. Nothing was sent: check and send again.</source>
        <translation>Das Konto wurde nach Ihrer Bestätigung geändert. Es wurde nichts gesendet: Prüfen Sie und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Send %n call? This is a paid service.</source>
        <translation>%n Anruf senden? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Send %n calls? This is a paid service.</source>
        <translation>%n Anrufe senden? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>Send %1 calls as %2 campaigns? This is a paid service.</source>
        <translation>%1 Anrufe als %2 Kampagnen senden? Dies ist ein kostenpflichtiger Dienst.</translation>
    </message>
    <message>
        <source>The calls go through %1 and cannot be taken back once they start.</source>
        <translation>Die Anrufe laufen über %1 und können nicht mehr zurückgenommen werden, sobald sie beginnen.</translation>
    </message>
    <message>
        <source>This is the Sandbox account: nobody is called and nothing is charged.</source>
        <translation>Dies ist das Sandbox-Konto: Niemand wird angerufen und nichts wird berechnet.</translation>
    </message>
    <message>
        <source>Real people are called, and the calls are charged to the %1 account “%2”.</source>
        <translation>Echte Personen werden angerufen, und die Anrufe werden über das %1-Konto „%2“ berechnet.</translation>
    </message>
    <message>
        <source>They cannot be taken back once they start.</source>
        <translation>Sie können nicht zurückgenommen werden, sobald sie begonnen haben.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Die Kampagne senden</translation>
    </message>
    <message>
        <source>Send %n call</source>
        <translation>%n Anruf senden</translation>
    </message>
    <message>
        <source>Send %n calls</source>
        <translation>%n Anrufe senden</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Female voice</source>
        <translation>Frauenstimme</translation>
    </message>
    <message>
        <source>Male voice</source>
        <translation>Männerstimme</translation>
    </message>
</context>
<context>
    <name>WavPicker</name>
    <message>
        <source>Choose WAV file…</source>
        <translation>WAV-Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose the recorded message</source>
        <translation>Die aufgenommene Nachricht auswählen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the recorded message</source>
        <translation>Die aufgenommene Nachricht abspielen</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <source>Check the public address of the recording</source>
        <translation>Die öffentliche Adresse der Aufnahme prüfen</translation>
    </message>
    <message>
        <source>No WAV file chosen.</source>
        <translation>Keine WAV-Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Facts of the recorded message</source>
        <translation>Angaben zur aufgenommenen Nachricht</translation>
    </message>
    <message>
        <source>Result of the address check</source>
        <translation>Ergebnis der Adressprüfung</translation>
    </message>
    <message>
        <source>WAV files (*.wav *.WAV)</source>
        <translation>WAV-Dateien (*.wav *.WAV)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file is not a usable WAV file.</source>
        <translation>Diese Datei ist keine verwendbare WAV-Datei.</translation>
    </message>
    <message>
        <source>Enter the public address of the WAV file first.</source>
        <translation>Geben Sie zuerst die öffentliche Adresse der WAV-Datei ein.</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Adresse wird geprüft…</translation>
    </message>
    <message>
        <source>The address could not be checked: {0}</source>
        <translation>Die Adresse konnte nicht geprüft werden: {0}</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>{0} channels</source>
        <translation>{0} Kanäle</translation>
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
        <translation>{0} Bit, </translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} seconds, {6}</source>
        <translation>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} Sekunden, {6}</translation>
    </message>
</context>
</TS>
