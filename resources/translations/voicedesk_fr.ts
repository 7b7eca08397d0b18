<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Send from &amp;account:</source>
        <translation>Envoyer depuis le &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account that sends the calls</source>
        <translation>Compte qui envoie les appels</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Gérer les comptes…</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Gérer les comptes</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Routee and Naxai (simulated)</source>
        <translation>Routee et Naxai (simulés)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>For example: Town hall Routee</source>
        <translation>Par exemple&#xa0;: Routee de la commune</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Application or client id</source>
        <translation>Identifiant d&apos;application ou de client</translation>
    </message>
    <message>
        <source>Application or &amp;client id:</source>
        <translation>Identifiant d&apos;application ou de &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>Numéro d&apos;appelant</translation>
    </message>
    <message>
        <source>The number people see, for example 3225550100</source>
        <translation>Le numéro que les gens voient, par exemple 3225550100</translation>
    </message>
    <message>
        <source>Sender &amp;number:</source>
        <translation>&amp;Numéro d&apos;appelant&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced: provider addresses</source>
        <translation>Avancé&#xa0;: adresses du fournisseur</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Adresse de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own addresses. Only https:// is allowed.</source>
        <translation>Laissez vide pour utiliser les adresses du fournisseur. Seul https:// est autorisé.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Save, then ask the provider for a sign-in token with these details.</source>
        <translation>Enregistrer, puis demander au fournisseur un jeton de connexion avec ces informations.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>The secret the provider gave you</source>
        <translation>Le secret que le fournisseur vous a donné</translation>
    </message>
    <message>
        <source>Built in: no secret needed</source>
        <translation>Intégré&#xa0;: aucun secret nécessaire</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>The application id from the Routee console</source>
        <translation>L&apos;identifiant d&apos;application de la console Routee</translation>
    </message>
    <message>
        <source>The client id from the Naxai console</source>
        <translation>L&apos;identifiant client de la console Naxai</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>AccountsViewModel</name>
    <message>
        <source>A campaign sent through “%1” is not confirmed yet. Check it with the provider on the Campaigns page first, then remove the account.</source>
        <translation>Une campagne envoyée par «&#xa0;%1&#xa0;» n&apos;est pas encore confirmée. Vérifiez-la d&apos;abord auprès du fournisseur dans la page Campagnes, puis supprimez le compte.</translation>
    </message>
    <message>
        <source>Its secret is deleted from the system keyring.</source>
        <translation>Son secret est effacé du trousseau du système.</translation>
    </message>
    <message>
        <source>%n saved draft uses it: when opened, it goes back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n brouillon enregistré l&apos;utilise&#xa0;: à son ouverture, il repasse sur la Sandbox, donc personne n&apos;est appelé tant que vous ne choisissez pas un autre compte.</translation>
    </message>
    <message>
        <source>%n saved drafts use it: when opened, they go back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n brouillons enregistrés l&apos;utilisent&#xa0;: à leur ouverture, ils repassent sur la Sandbox, donc personne n&apos;est appelé tant que vous ne choisissez pas un autre compte.</translation>
    </message>
    <message>
        <source>%n campaign was sent through it: it stays in the Campaigns list.</source>
        <translation>%n campagne a été envoyée par ce compte&#xa0;: elle reste dans la liste des campagnes.</translation>
    </message>
    <message>
        <source>%n campaigns were sent through it: they stay in the Campaigns list.</source>
        <translation>%n campagnes ont été envoyées par ce compte&#xa0;: elles restent dans la liste des campagnes.</translation>
    </message>
    <message>
        <source>%n of them is still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n d&apos;entre elles est encore en cours et ne pourra plus être suivie tant que vous n&apos;aurez pas ajouté ce compte à nouveau (avec le même identifiant d&apos;application).</translation>
    </message>
    <message>
        <source>%n of them are still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n d&apos;entre elles sont encore en cours et ne pourront plus être suivies tant que vous n&apos;aurez pas ajouté ce compte à nouveau (avec le même identifiant d&apos;application).</translation>
    </message>
    <message>
        <source>No draft or campaign uses it.</source>
        <translation>Aucun brouillon ni aucune campagne ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Connected to the Sandbox (Routee and Naxai).</source>
        <translation>Connecté à la Sandbox (Routee et Naxai).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <source>Start a new message</source>
        <translation>Commencer un nouveau message</translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation>&amp;Importer un brouillon…</translation>
    </message>
    <message>
        <source>Open a .voicedraft file a colleague sent</source>
        <translation>Ouvrir un fichier .voicedraft envoyé par un collègue</translation>
    </message>
    <message>
        <source>&amp;Export draft…</source>
        <translation>&amp;Exporter le brouillon…</translation>
    </message>
    <message>
        <source>Save this draft as a .voicedraft file to share</source>
        <translation>Enregistrer ce brouillon comme fichier .voicedraft à partager</translation>
    </message>
    <message>
        <source>Export &amp;preview as WAV…</source>
        <translation>Exporter l&apos;&amp;aperçu en WAV…</translation>
    </message>
    <message>
        <source>Save the local preview as a WAV file</source>
        <translation>Enregistrer l&apos;aperçu local comme fichier WAV</translation>
    </message>
    <message>
        <source>Show the &amp;API request…</source>
        <translation>Afficher la requête &amp;API…</translation>
    </message>
    <message>
        <source>For support: the exact request sending would make</source>
        <translation>Pour le support&#xa0;: la requête exacte que l&apos;envoi effectuerait</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Add or edit provider accounts</source>
        <translation>Ajouter ou modifier des comptes de fournisseur</translation>
    </message>
    <message>
        <source>&amp;Do-not-call list…</source>
        <translation>Liste «&#xa0;ne pas &amp;appeler&#xa0;»…</translation>
    </message>
    <message>
        <source>Numbers that are never called, in any campaign</source>
        <translation>Numéros qui ne sont jamais appelés, quelle que soit la campagne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About VoiceDesk</source>
        <translation>À &amp;propos de VoiceDesk</translation>
    </message>
</context>
<context>
    <name>AudienceViewModel</name>
    <message>
        <source>%n person</source>
        <translation>%n personne</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n personnes</translation>
    </message>
    <message>
        <source>To practise in the Sandbox, try the contacts %1 and the groups %2.</source>
        <translation>Pour vous entraîner dans la Sandbox, essayez les contacts %1 et les groupes %2.</translation>
    </message>
    <message>
        <source>Loading the segments of your Naxai account…</source>
        <translation>Chargement des segments de votre compte Naxai…</translation>
    </message>
    <message>
        <source>The segments could not be loaded. %1</source>
        <translation>Les segments n&apos;ont pas pu être chargés. %1</translation>
    </message>
    <message>
        <source>This Naxai account has no segments yet.</source>
        <translation>Ce compte Naxai n&apos;a pas encore de segment.</translation>
    </message>
    <message>
        <source>This segment is no longer in the account. Choose another one.</source>
        <translation>Ce segment n&apos;est plus dans le compte. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Naxai is still preparing this segment: it cannot be called until it is ready. Press Refresh later to check again.</source>
        <translation>Naxai prépare encore ce segment&#xa0;: il ne peut pas être appelé avant d&apos;être prêt. Appuyez plus tard sur Actualiser pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Counting the people in this segment…</source>
        <translation>Décompte des personnes de ce segment…</translation>
    </message>
    <message>
        <source>The size of this segment could not be read. %1</source>
        <translation>La taille de ce segment n&apos;a pas pu être lue. %1</translation>
    </message>
    <message>
        <source>Add contacts or groups first.</source>
        <translation>Ajoutez d&apos;abord des contacts ou des groupes.</translation>
    </message>
    <message>
        <source>Routee needs the calling number to count: enter it in step 3, Delivery.</source>
        <translation>Routee a besoin du numéro appelant pour compter&#xa0;: saisissez-le à l&apos;étape 3, Envoi.</translation>
    </message>
    <message>
        <source>Asking Routee…</source>
        <translation>Interrogation de Routee…</translation>
    </message>
    <message>
        <source>Counting stopped.</source>
        <translation>Décompte arrêté.</translation>
    </message>
    <message>
        <source>Routee has no contact with one of these ids. Check the contact ids.</source>
        <translation>Routee n&apos;a aucun contact avec l&apos;un de ces identifiants. Vérifiez les identifiants des contacts.</translation>
    </message>
    <message>
        <source>Routee says: %1</source>
        <translation>Routee indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody would be called: the groups are empty or unknown, or everyone in them is blacklisted.</source>
        <translation>Personne ne serait appelé&#xa0;: les groupes sont vides ou inconnus, ou toutes leurs personnes sont sur liste noire.</translation>
    </message>
    <message>
        <source>Routee would call %1 in all.</source>
        <translation>Routee appellerait %1 en tout.</translation>
    </message>
    <message>
        <source>Group “%1”: %2.</source>
        <translation>Groupe «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>nobody (empty or unknown)</source>
        <translation>personne (vide ou inconnu)</translation>
    </message>
    <message>
        <source>In the groups, %1 besides the contacts named above.</source>
        <translation>Dans les groupes, %1 en plus des contacts nommés ci-dessus.</translation>
    </message>
    <message>
        <source>%n contact is blacklisted and will not be called: %1.</source>
        <translation>%n contact est sur liste noire et ne sera pas appelé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%n contacts are blacklisted and will not be called: %1.</source>
        <translation>%n contacts sont sur liste noire et ne seront pas appelés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The list changed: press Count recipients to ask Routee again.</source>
        <translation>La liste a changé&#xa0;: appuyez sur Compter les destinataires pour interroger Routee à nouveau.</translation>
    </message>
</context>
<context>
    <name>BatchStopped</name>
    <message>
        <source>The provider refused part %1 of %2, so VoiceDesk stopped.</source>
        <translation>Le fournisseur a refusé la partie %1 sur %2&#xa0;; VoiceDesk s&apos;est donc arrêté.</translation>
    </message>
    <message>
        <source>The provider refused a part, so VoiceDesk stopped.</source>
        <translation>Le fournisseur a refusé une partie&#xa0;; VoiceDesk s&apos;est donc arrêté.</translation>
    </message>
    <message>
        <source>Sent: part %1.</source>
        <translation>Envoyée&#xa0;: partie %1.</translation>
    </message>
    <message>
        <source>Sent: parts %1.</source>
        <translation>Envoyées&#xa0;: parties %1.</translation>
    </message>
    <message>
        <source>None of the parts was sent.</source>
        <translation>Aucune partie n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Non envoyée&#xa0;: partie %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Non envoyées&#xa0;: parties %1.</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Envoi arrêté</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>Envoyer les parties restantes</translation>
    </message>
</context>
<context>
    <name>CallScriptEditor</name>
    <message>
        <source>* (star)</source>
        <translation>* (étoile)</translation>
    </message>
    <message>
        <source># (hash)</source>
        <translation># (dièse)</translation>
    </message>
    <message>
        <source>1. Welcome: what the caller hears first</source>
        <translation>1. Accueil&#xa0;: ce que l&apos;appelé entend en premier</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>For example: Hello, this is a message from your town hall.</source>
        <translation>Par exemple&#xa0;: Bonjour, ceci est un message de votre administration communale.</translation>
    </message>
    <message>
        <source>Listen to the welcome</source>
        <translation>Écouter l&apos;accueil</translation>
    </message>
    <message>
        <source>Problem with the welcome</source>
        <translation>Problème dans l&apos;accueil</translation>
    </message>
    <message>
        <source>How many times the welcome is played</source>
        <translation>Nombre de fois que l&apos;accueil est diffusé</translation>
    </message>
    <message>
        <source>Times &amp;played:</source>
        <translation>Nombre de &amp;diffusions&#xa0;:</translation>
    </message>
    <message>
        <source>2. Key-press menu: let the caller choose by pressing a key</source>
        <translation>2. Menu à touches&#xa0;: l&apos;appelé choisit en appuyant sur une touche</translation>
    </message>
    <message>
        <source>Key-press menu</source>
        <translation>Menu à touches</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>For example: Press 1 to hear the details again, press 2 to speak to someone.</source>
        <translation>Par exemple&#xa0;: Appuyez sur 1 pour réécouter les détails, sur 2 pour parler à quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Listen to the question</source>
        <translation>Écouter la question</translation>
    </message>
    <message>
        <source>Problem with the question</source>
        <translation>Problème dans la question</translation>
    </message>
    <message>
        <source>How many times the question is asked when no key is pressed</source>
        <translation>Nombre de fois que la question est posée quand aucune touche n&apos;est pressée</translation>
    </message>
    <message>
        <source>When the caller presses no key, the question is asked again, up to this number of times in all</source>
        <translation>Quand l&apos;appelé n&apos;appuie sur aucune touche, la question est reposée, jusqu&apos;à ce nombre de fois au total</translation>
    </message>
    <message>
        <source>Times &amp;asked:</source>
        <translation>Nombre de &amp;questions&#xa0;:</translation>
    </message>
    <message>
        <source>+ Add a &amp;key</source>
        <translation>+ Ajouter une &amp;touche</translation>
    </message>
    <message>
        <source>Add a key the caller can press</source>
        <translation>Ajouter une touche sur laquelle l&apos;appelé peut appuyer</translation>
    </message>
    <message>
        <source>Problem with the menu</source>
        <translation>Problème dans le menu</translation>
    </message>
    <message>
        <source>3. End: the last words before hanging up (optional)</source>
        <translation>3. Fin&#xa0;: les derniers mots avant de raccrocher (facultatif)</translation>
    </message>
    <message>
        <source>End message</source>
        <translation>Message de fin</translation>
    </message>
    <message>
        <source>For example: Thank you, goodbye.</source>
        <translation>Par exemple&#xa0;: Merci, au revoir.</translation>
    </message>
    <message>
        <source>Listen to the end message</source>
        <translation>Écouter le message de fin</translation>
    </message>
    <message>
        <source>Problem with the end message</source>
        <translation>Problème dans le message de fin</translation>
    </message>
    <message>
        <source>Detect answering machines and leave this message instead</source>
        <translation>Détecter les répondeurs et y laisser ce message à la place</translation>
    </message>
    <message>
        <source>Detect answering machines</source>
        <translation>Détecter les répondeurs</translation>
    </message>
    <message>
        <source>Voicemail message</source>
        <translation>Message pour répondeur</translation>
    </message>
    <message>
        <source>For example: This is your town hall: the water will be cut tomorrow from 8 to 12.</source>
        <translation>Par exemple&#xa0;: Ici votre administration communale&#xa0;: l&apos;eau sera coupée demain de 8 à 12 heures.</translation>
    </message>
    <message>
        <source>Listen to the voicemail message</source>
        <translation>Écouter le message pour répondeur</translation>
    </message>
    <message>
        <source>Problem with the voicemail message</source>
        <translation>Problème dans le message pour répondeur</translation>
    </message>
    <message>
        <source>Hear the whole call when the caller &amp;presses:</source>
        <translation>Écouter tout l&apos;appel quand l&apos;appelé &amp;appuie sur&#xa0;:</translation>
    </message>
    <message>
        <source>Key the caller presses in Play all</source>
        <translation>Touche pressée par l&apos;appelé dans «&#xa0;Tout écouter&#xa0;»</translation>
    </message>
    <message>
        <source>▶ Play &amp;all</source>
        <translation>▶ Tout &amp;écouter</translation>
    </message>
    <message>
        <source>Play the whole call as the caller hears it</source>
        <translation>Écouter tout l&apos;appel tel que l&apos;appelé l&apos;entend</translation>
    </message>
    <message>
        <source>no key (welcome, question, end)</source>
        <translation>aucune touche (accueil, question, fin)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>touche %1</translation>
    </message>
    <message>
        <source>an answering machine picks up</source>
        <translation>un répondeur décroche</translation>
    </message>
    <message>
        <source>Write what the caller hears first, or give the address of a recording.</source>
        <translation>Écrivez ce que l&apos;appelé entend en premier, ou donnez l&apos;adresse d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>Write the message left on answering machines, or turn detection off.</source>
        <translation>Écrivez le message laissé sur les répondeurs, ou désactivez la détection.</translation>
    </message>
    <message>
        <source>Write the question that tells the caller which key to press.</source>
        <translation>Écrivez la question qui indique à l&apos;appelé sur quelle touche appuyer.</translation>
    </message>
    <message>
        <source>Add at least one key the caller can press, or turn the menu off.</source>
        <translation>Ajoutez au moins une touche sur laquelle l&apos;appelé peut appuyer, ou désactivez le menu.</translation>
    </message>
    <message>
        <source>Write what the caller hears after pressing %1.</source>
        <translation>Écrivez ce que l&apos;appelé entend après avoir appuyé sur %1.</translation>
    </message>
    <message>
        <source>Key %1 is used twice: choose another key.</source>
        <translation>La touche %1 est utilisée deux fois&#xa0;: choisissez une autre touche.</translation>
    </message>
    <message>
        <source>Give the number to transfer the caller to.</source>
        <translation>Indiquez le numéro vers lequel transférer l&apos;appelé.</translation>
    </message>
    <message>
        <source>The address of a recording starts with https://</source>
        <translation>L&apos;adresse d&apos;un enregistrement commence par https://</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Acceptée par le fournisseur</translation>
    </message>
    <message>
        <source>Not confirmed yet: checking with the provider</source>
        <translation>Pas encore confirmée&#xa0;: vérification auprès du fournisseur</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Not sent (checked with the provider)</source>
        <translation>Non envoyée (vérifié auprès du fournisseur)</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En attente de démarrage</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 accepted; the others were not sent</source>
        <translation>%1 sur %2 acceptées&#xa0;; les autres n&apos;ont pas été envoyées</translation>
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
        <translation>Sandbox (entraînement)</translation>
    </message>
    <message>
        <source>An account not set up here</source>
        <translation>Un compte non configuré ici</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Practice on the Sandbox: nobody was called and nothing was charged.</source>
        <translation>Entraînement sur la Sandbox&#xa0;: personne n&apos;a été appelé et rien n&apos;a été facturé.</translation>
    </message>
    <message>
        <source>This account is not set up on this computer any more, so the campaign cannot be followed. Add the account again in Tools → Accounts, with the same application id, to follow it.</source>
        <translation>Ce compte n&apos;est plus configuré sur cet ordinateur, la campagne ne peut donc pas être suivie. Ajoutez à nouveau le compte dans Outils → Comptes, avec le même identifiant d&apos;application, pour la suivre.</translation>
    </message>
    <message>
        <source>Real calls, charged to the account “%1”.</source>
        <translation>Appels réels, facturés au compte «&#xa0;%1&#xa0;».</translation>
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
        <translation>Aucune campagne envoyée pour l&apos;instant. Quand vous en enverrez une à l&apos;étape 4, elle apparaîtra ici avec ses appels au fur et à mesure.</translation>
    </message>
    <message>
        <source>Campaigns sent</source>
        <translation>Campagnes envoyées</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Check with the provider</source>
        <translation>&amp;Vérifier auprès du fournisseur</translation>
    </message>
    <message>
        <source>Ask the provider whether this campaign was created. It is never sent twice.</source>
        <translation>Demander au fournisseur si cette campagne a été créée. Elle n&apos;est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>Send the remaining &amp;parts…</source>
        <translation>Envoyer les &amp;parties restantes…</translation>
    </message>
    <message>
        <source>Send the parts of this campaign that certainly were not sent. Parts that went out are never sent again.</source>
        <translation>Envoyer les parties de cette campagne qui n&apos;ont certainement pas été envoyées. Les parties déjà parties ne sont jamais renvoyées.</translation>
    </message>
    <message>
        <source>Reference at the provider: %1</source>
        <translation>Référence chez le fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>identifiant chez le fournisseur %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent as %n campaign.</source>
        <translation>Envoyée en %n campagne.</translation>
    </message>
    <message>
        <source>Sent as %n campaigns because the provider takes a limited number of recipients per campaign.</source>
        <translation>Envoyée en %n campagnes, car le fournisseur accepte un nombre limité de destinataires par campagne.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Non envoyée&#xa0;: partie %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Non envoyées&#xa0;: parties %1.</translation>
    </message>
    <message>
        <source>Send the %n remaining part (%1 calls)? This is a paid service.</source>
        <translation>Envoyer %n partie restante (%1 appels)&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Send the %n remaining parts (%1 calls)? This is a paid service.</source>
        <translation>Envoyer les %n parties restantes (%1 appels)&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Only the parts that certainly were not sent go out: %1.</source>
        <translation>Seules les parties qui n&apos;ont certainement pas été envoyées partent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>Envoyer les parties restantes</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>When the caller presses</source>
        <translation>Quand l&apos;appelé appuie sur</translation>
    </message>
    <message>
        <source>speak this text</source>
        <translation>dire ce texte</translation>
    </message>
    <message>
        <source>play a recording from its address</source>
        <translation>diffuser un enregistrement depuis son adresse</translation>
    </message>
    <message>
        <source>transfer the call to a number</source>
        <translation>transférer l&apos;appel vers un numéro</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Écouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>For example: The water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Par exemple&#xa0;: L&apos;eau sera coupée demain de 8 à 12 heures.</translation>
    </message>
    <message>
        <source>Times played:</source>
        <translation>Nombre de diffusions&#xa0;:</translation>
    </message>
    <message>
        <source>For example: +32 2 555 01 00</source>
        <translation>Par exemple&#xa0;: +32 2 555 01 00</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> tentative(s)</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>How many times the number is called if nobody answers (1 to 3)</source>
        <translation>Nombre d&apos;appels vers le numéro si personne ne répond (1 à 3)</translation>
    </message>
    <message>
        <source>How long the number rings each time before giving up (5 to 30 seconds)</source>
        <translation>Durée de sonnerie à chaque fois avant d&apos;abandonner (5 à 30 secondes)</translation>
    </message>
    <message>
        <source>ringing for up to</source>
        <translation>en sonnant jusqu&apos;à</translation>
    </message>
    <message>
        <source>each</source>
        <translation>chacune</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Essayer&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: heard only by the person who answers, before the caller is put through</source>
        <translation>Facultatif&#xa0;: entendu uniquement par la personne qui répond, avant la mise en relation</translation>
    </message>
    <message>
        <source>&amp;Whisper:</source>
        <translation>&amp;Chuchotement&#xa0;:</translation>
    </message>
    <message>
        <source>Key of this choice</source>
        <translation>Touche de ce choix</translation>
    </message>
    <message>
        <source>What happens when the caller presses %1</source>
        <translation>Ce qui se passe quand l&apos;appelé appuie sur %1</translation>
    </message>
    <message>
        <source>Text spoken after key %1</source>
        <translation>Texte dit après la touche %1</translation>
    </message>
    <message>
        <source>Recording address played after key %1</source>
        <translation>Adresse de l&apos;enregistrement diffusé après la touche %1</translation>
    </message>
    <message>
        <source>Number the caller is transferred to after key %1</source>
        <translation>Numéro vers lequel l&apos;appelé est transféré après la touche %1</translation>
    </message>
    <message>
        <source>How many times the transfer number is tried</source>
        <translation>Nombre de tentatives vers le numéro de transfert</translation>
    </message>
    <message>
        <source>How long the transfer number rings each time, in seconds</source>
        <translation>Durée de sonnerie du numéro de transfert à chaque fois, en secondes</translation>
    </message>
    <message>
        <source>Whisper heard by the person who answers the transfer</source>
        <translation>Chuchotement entendu par la personne qui répond au transfert</translation>
    </message>
    <message>
        <source>Listen to the whisper for key %1</source>
        <translation>Écouter le chuchotement de la touche %1</translation>
    </message>
    <message>
        <source>How many times the message of key %1 is played</source>
        <translation>Nombre de diffusions du message de la touche %1</translation>
    </message>
    <message>
        <source>Listen to the message of key %1</source>
        <translation>Écouter le message de la touche %1</translation>
    </message>
    <message>
        <source>Remove the choice for key %1</source>
        <translation>Supprimer le choix de la touche %1</translation>
    </message>
    <message>
        <source>Problem with key %1</source>
        <translation>Problème avec la touche %1</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Which column has the phone numbers?</source>
        <translation>Quelle colonne contient les numéros de téléphone&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers:</source>
        <translation>Choisissez la colonne qui contient les numéros de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>&amp;Import this column</source>
        <translation>&amp;Importer cette colonne</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&lt;h2&gt;3. Delivery&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Envoi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Problem with this setting</source>
        <translation>Problème avec ce réglage</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Numéro d&apos;appelant</translation>
    </message>
    <message>
        <source>&amp;Number people see:</source>
        <translation>&amp;Numéro affiché&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Send as soon as the campaign is sent</source>
        <translation>Appeler dès que la campagne est envoyée</translation>
    </message>
    <message>
        <source>At a &amp;date and time</source>
        <translation>À une &amp;date et une heure</translation>
    </message>
    <message>
        <source>Send at a date and time</source>
        <translation>Envoyer à une date et une heure</translation>
    </message>
    <message>
        <source>Date and time of the calls</source>
        <translation>Date et heure des appels</translation>
    </message>
    <message>
        <source>Da&amp;te and time:</source>
        <translation>Da&amp;te et heure&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>When the calls start, in words</source>
        <translation>Début des appels, en toutes lettres</translation>
    </message>
    <message>
        <source>UTC (universal time)</source>
        <translation>UTC (temps universel)</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Heures d&apos;appel</translation>
    </message>
    <message>
        <source>Respect &amp;quiet hours</source>
        <translation>Respecter les heures de &amp;silence</translation>
    </message>
    <message>
        <source>Respect quiet hours</source>
        <translation>Respecter les heures de silence</translation>
    </message>
    <message>
        <source>Routee&apos;s rule: no calls between 23:00 and 08:00, nor between 14:00 and 17:00, in each person&apos;s own local time. Routee documents these hours for text messages and does not say whether calls falling in them wait or are dropped; countries spanning several time zones are not covered.</source>
        <translation>Règle de Routee&#xa0;: pas d&apos;appels entre 23:00 et 08:00, ni entre 14:00 et 17:00, à l&apos;heure locale de chaque personne. Routee documente ces heures pour les SMS et ne dit pas si les appels qui y tombent attendent ou sont abandonnés&#xa0;; les pays qui s&apos;étendent sur plusieurs fuseaux horaires ne sont pas couverts.</translation>
    </message>
    <message>
        <source>What quiet hours mean</source>
        <translation>Ce que signifient les heures de silence</translation>
    </message>
    <message>
        <source>Calendar of calling hours</source>
        <translation>Calendrier des heures d&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>&amp;Recharger la liste</translation>
    </message>
    <message>
        <source>Reload the calendars from the account</source>
        <translation>Recharger les calendriers depuis le compte</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Next open time of the calendar</source>
        <translation>Prochaine ouverture du calendrier</translation>
    </message>
    <message>
        <source>Naxai waits for the calendar&apos;s next open time before calling. Calendars are set up in your Naxai account.</source>
        <translation>Naxai attend la prochaine ouverture du calendrier avant d&apos;appeler. Les calendriers se configurent dans votre compte Naxai.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>No retry</source>
        <translation>Aucune nouvelle tentative</translation>
    </message>
    <message>
        <source>Number of retries</source>
        <translation>Nombre de nouvelles tentatives</translation>
    </message>
    <message>
        <source>Number of retr&amp;ies:</source>
        <translation>Nombre de nouvelles tentat&amp;ives&#xa0;:</translation>
    </message>
    <message>
        <source>Wait before retry %1</source>
        <translation>Attente avant la nouvelle tentative %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Unit of the wait before retry %1</source>
        <translation>Unité de l&apos;attente avant la nouvelle tentative %1</translation>
    </message>
    <message>
        <source>Retry %1 after</source>
        <translation>Nouvelle tentative %1 après</translation>
    </message>
    <message>
        <source>Also retry when the person answered but pressed &amp;no key</source>
        <translation>Réessayer aussi quand la personne a répondu mais n&apos;a appuyé sur &amp;aucune touche</translation>
    </message>
    <message>
        <source>Retry when no key was pressed</source>
        <translation>Réessayer quand aucune touche n&apos;a été pressée</translation>
    </message>
    <message>
        <source>Retry when the call &amp;failed (busy, no answer, error)</source>
        <translation>Réessayer quand l&apos;appel a é&amp;choué (occupé, pas de réponse, erreur)</translation>
    </message>
    <message>
        <source>Retry when the call failed</source>
        <translation>Réessayer quand l&apos;appel a échoué</translation>
    </message>
    <message>
        <source>Naxai allows up to 3 retries, each at most 3 days after the previous call.</source>
        <translation>Naxai permet jusqu&apos;à 3 nouvelles tentatives, chacune au plus 3 jours après l&apos;appel précédent.</translation>
    </message>
    <message>
        <source>Key presses and ringing</source>
        <translation>Touches et sonnerie</translation>
    </message>
    <message>
        <source>Collect &amp;key presses at the end of the message</source>
        <translation>Recueillir les appuis sur les &amp;touches à la fin du message</translation>
    </message>
    <message>
        <source>Collect key presses</source>
        <translation>Recueillir les appuis sur les touches</translation>
    </message>
    <message>
        <source>Routee&apos;s default</source>
        <translation>Valeur par défaut de Routee</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Seconds to wait for key presses</source>
        <translation>Secondes d&apos;attente des appuis sur les touches</translation>
    </message>
    <message>
        <source>&amp;Wait for key presses:</source>
        <translation>&amp;Attendre les touches pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Until the network gives up</source>
        <translation>Jusqu&apos;à ce que le réseau abandonne</translation>
    </message>
    <message>
        <source>How long to let the phone ring</source>
        <translation>Durée de sonnerie du téléphone</translation>
    </message>
    <message>
        <source>Let the phone &amp;ring for:</source>
        <translation>Laisser so&amp;nner pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Call pace</source>
        <translation>Rythme des appels</translation>
    </message>
    <message>
        <source>As fast as Naxai can call</source>
        <translation>Aussi vite que Naxai peut appeler</translation>
    </message>
    <message>
        <source>Spread out by a load distribution set up in Naxai</source>
        <translation>Étalés selon une répartition de charge configurée dans Naxai</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Rythme&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the load distribution</source>
        <translation>Nom de la répartition de charge</translation>
    </message>
    <message>
        <source>Load distribution &amp;name:</source>
        <translation>&amp;Nom de la répartition de charge&#xa0;:</translation>
    </message>
    <message>
        <source>Status notifications to your web server (optional)</source>
        <translation>Notifications d&apos;état vers votre serveur web (facultatif)</translation>
    </message>
    <message>
        <source>For each &amp;call:</source>
        <translation>Pour chaque a&amp;ppel&#xa0;:</translation>
    </message>
    <message>
        <source>Notification address for each call</source>
        <translation>Adresse de notification pour chaque appel</translation>
    </message>
    <message>
        <source>For the whole ca&amp;mpaign:</source>
        <translation>Pour toute la ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>Notification address for the campaign</source>
        <translation>Adresse de notification pour la campagne</translation>
    </message>
    <message>
        <source>at every change</source>
        <translation>à chaque changement</translation>
    </message>
    <message>
        <source>on completion only</source>
        <translation>à la fin seulement</translation>
    </message>
    <message>
        <source>When to notify: %1</source>
        <translation>Quand notifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Routee sends each status to this HTTPS address. Leave empty if you do not run such a server: the Campaigns list follows progress anyway.</source>
        <translation>Routee envoie chaque état à cette adresse HTTPS. Laissez vide si vous n&apos;avez pas de tel serveur&#xa0;: la liste Campagnes suit la progression de toute façon.</translation>
    </message>
    <message>
        <source>No calendar: call at any time</source>
        <translation>Pas de calendrier&#xa0;: appeler à toute heure</translation>
    </message>
    <message>
        <source>Calendar chosen earlier (%1)</source>
        <translation>Calendrier choisi précédemment (%1)</translation>
    </message>
    <message>
        <source>Digits only, up to %1 characters (a leading + is allowed). Routee shows a name as “Unknown”.</source>
        <translation>Chiffres uniquement, %1 caractères au plus (un + au début est autorisé). Routee affiche un nom comme «&#xa0;Unknown&#xa0;».</translation>
    </message>
    <message>
        <source>The full international number without +, %1 to %2 digits.</source>
        <translation>Le numéro international complet sans +, de %1 à %2 chiffres.</translation>
    </message>
</context>
<context>
    <name>DeliveryViewModel</name>
    <message>
        <source>The calls start as soon as you send the campaign.</source>
        <translation>Les appels commencent dès que vous envoyez la campagne.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time} {place} time</source>
        <translation>{weekday} {day} {month}{year} à {time} (heure de {place})</translation>
    </message>
    <message>
        <source>The calls start on %1.</source>
        <translation>Les appels commencent le %1.</translation>
    </message>
    <message>
        <source>The calls start on %1 (%2 UTC).</source>
        <translation>Les appels commencent le %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>This calendar has no open time coming up: calls would wait.</source>
        <translation>Ce calendrier n&apos;a pas de prochaine ouverture&#xa0;: les appels attendraient.</translation>
    </message>
    <message>
        <source>Open at that time: calls start right away.</source>
        <translation>Ouvert à ce moment-là&#xa0;: les appels commencent tout de suite.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time}</source>
        <translation>{weekday} {day} {month}{year} à {time}</translation>
    </message>
    <message>
        <source>Closed at that time; next open: %1</source>
        <translation>Fermé à ce moment-là&#xa0;; prochaine ouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>The calendars could not be loaded from the account: %1</source>
        <translation>Les calendriers n&apos;ont pas pu être chargés depuis le compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Numbers on this list are never called, in any campaign: they are left out before every send.</source>
        <translation>Les numéros de cette liste ne sont jamais appelés, quelle que soit la campagne&#xa0;: ils sont retirés avant chaque envoi.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Les numéros sans indicatif de pays sont en&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Numéros à ajouter</translation>
    </message>
    <message>
        <source>Type or paste numbers to add, one per line or separated by commas or semicolons</source>
        <translation>Tapez ou collez les numéros à ajouter, un par ligne ou séparés par des virgules ou des points-virgules</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note or reason (optional), for example: asked not to be called</source>
        <translation>Note ou motif (facultatif), par exemple&#xa0;: a demandé à ne pas être appelé</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Ce qui vient de se passer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Put the removed numbers back</source>
        <translation>Remettre les numéros retirés</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <source>Search by number or note</source>
        <translation>Rechercher par numéro ou par note</translation>
    </message>
    <message>
        <source>How many numbers the search shows</source>
        <translation>Nombre de numéros affichés par la recherche</translation>
    </message>
    <message>
        <source>Numbers on the do-not-call list</source>
        <translation>Numéros de la liste «&#xa0;ne pas appeler&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the selected numbers</source>
        <translation>Retirer les numéros sélectionnés</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Do-not-call list (%n number)</source>
        <translation>Liste «&#xa0;ne pas appeler&#xa0;» (%n numéro)</translation>
    </message>
    <message>
        <source>Do-not-call list (%n numbers)</source>
        <translation>Liste «&#xa0;ne pas appeler&#xa0;» (%n numéros)</translation>
    </message>
    <message>
        <source>%n of %1 shown</source>
        <translation>Affichage&#xa0;: %n sur %1</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>{done} numéros vérifiés sur {total}</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Liste «&#xa0;ne pas appeler&#xa0;»</translation>
    </message>
    <message>
        <source>Remove numbers</source>
        <translation>Retirer des numéros</translation>
    </message>
    <message>
        <source>Remove %n number from the do-not-call list?</source>
        <translation>Retirer %n numéro de la liste «&#xa0;ne pas appeler&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove %n numbers from the do-not-call list?</source>
        <translation>Retirer %n numéros de la liste «&#xa0;ne pas appeler&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove %n number</source>
        <translation>Retirer %n numéro</translation>
    </message>
    <message>
        <source>Remove %n numbers</source>
        <translation>Retirer %n numéros</translation>
    </message>
    <message>
        <source>Removed numbers may be called by the next campaign.</source>
        <translation>Les numéros retirés pourront être appelés par la prochaine campagne.</translation>
    </message>
    <message>
        <source>Import numbers not to call</source>
        <translation>Importer des numéros à ne pas appeler</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Tableurs et listes (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <translation>Exporter la liste «&#xa0;ne pas appeler&#xa0;»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>do-not-call list.csv</source>
        <translation>liste ne pas appeler.csv</translation>
    </message>
</context>
<context>
    <name>DoNotCallViewModel</name>
    <message>
        <source>%n number removed from the list; it may be called again.</source>
        <translation>%n numéro retiré de la liste&#xa0;; il peut de nouveau être appelé.</translation>
    </message>
    <message>
        <source>%n numbers removed from the list; they may be called again.</source>
        <translation>%n numéros retirés de la liste&#xa0;; ils peuvent de nouveau être appelés.</translation>
    </message>
    <message>
        <source>%n number put back on the list.</source>
        <translation>%n numéro remis sur la liste.</translation>
    </message>
    <message>
        <source>%n numbers put back on the list.</source>
        <translation>%n numéros remis sur la liste.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé de %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>%n number saved to %1.</source>
        <translation>%n numéro enregistré dans %1.</translation>
    </message>
    <message>
        <source>%n numbers saved to %1.</source>
        <translation>%n numéros enregistrés dans %1.</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n ajouté(s)</translation>
    </message>
    <message>
        <source>%n already on the list</source>
        <translation>%n déjà sur la liste</translation>
    </message>
    <message>
        <source>%n repeated</source>
        <translation>%n en double</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>et %n de plus</translation>
    </message>
    <message>
        <source>%n not a phone number: %1</source>
        <translation>%n n&apos;est pas un numéro de téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>%n not phone numbers: %1</source>
        <translation>%n ne sont pas des numéros de téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the list could not be saved. Free some space and try again.</source>
        <translation>Le disque est plein, la liste n&apos;a donc pas pu être enregistrée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to save in this folder. Choose another folder.</source>
        <translation>VoiceDesk n&apos;est pas autorisé à enregistrer dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This folder does not exist any more. Choose another folder.</source>
        <translation>Ce dossier n&apos;existe plus. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file name.</source>
        <translation>Ceci est un dossier, pas un fichier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>La liste n&apos;a pas pu être enregistrée à cet endroit. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>DraftAccountViewModel</name>
    <message>
        <source>Sandbox (practice: nobody is called, nothing is charged)</source>
        <translation>Sandbox (entraînement&#xa0;: personne n&apos;est appelé, rien n&apos;est facturé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This draft was set to send with an account that is not set up on this computer, so it now uses the Sandbox: nobody is called. Choose a real account in step 4 before sending.</source>
        <translation>Ce brouillon devait être envoyé avec un compte qui n&apos;est pas configuré sur cet ordinateur&#xa0;; il utilise donc maintenant la Sandbox&#xa0;: personne n&apos;est appelé. Choisissez un compte réel à l&apos;étape 4 avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, so this draft now uses the Sandbox: nobody is called. Choose another account in step 4 before sending.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été supprimé, ce brouillon utilise donc maintenant la Sandbox&#xa0;: personne n&apos;est appelé. Choisissez un autre compte à l&apos;étape 4 avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now uses the Sandbox for %3: nobody is called. Choose a %3 account in step 4 to send for real.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;envoie que des campagnes %2, ce brouillon utilise donc maintenant la Sandbox pour %3&#xa0;: personne n&apos;est appelé. Choisissez un compte %3 à l&apos;étape 4 pour envoyer réellement.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now sends %3 calls with “%4”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;envoie que des campagnes %2, ce brouillon envoie donc maintenant des appels %3 avec «&#xa0;%4&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DraftProblem</name>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list.</source>
        <translation>«&#xa0;{zone}&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {place} time: the clocks go forward that night and skip it. Choose a time an hour later or earlier.</source>
        <translation>{time} le {date} n&apos;existe pas à l&apos;heure de {place}&#xa0;: les horloges avancent cette nuit-là et sautent cette heure. Choisissez une heure plus tard ou plus tôt.</translation>
    </message>
    <message>
        <source>{time} on {date} happens twice in {place} time: the clocks go back that night. Choose a time outside that hour, or say which of the two you mean.</source>
        <translation>{time} le {date} existe deux fois à l&apos;heure de {place}&#xa0;: les horloges reculent cette nuit-là. Choisissez une heure en dehors de cette heure-là, ou indiquez laquelle des deux vous voulez.</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the first one (summer time).</source>
        <translation>{time} existe deux fois cette nuit-là à l&apos;heure de {place} (les horloges reculent)&#xa0;; l&apos;appel est prévu à la première (heure d&apos;été).</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the second one (winter time).</source>
        <translation>{time} existe deux fois cette nuit-là à l&apos;heure de {place} (les horloges reculent)&#xa0;; l&apos;appel est prévu à la seconde (heure d&apos;hiver).</translation>
    </message>
    <message>
        <source>Enter the number people will see when they are called.</source>
        <translation>Saisissez le numéro que les personnes verront quand elles seront appelées.</translation>
    </message>
    <message>
        <source>Routee needs digits only (a leading + is allowed), at most {limit} characters, for example {example}.</source>
        <translation>Routee n&apos;accepte que des chiffres (un + au début est permis), au plus {limit} caractères, par exemple {example}.</translation>
    </message>
    <message>
        <source>Naxai needs the full international number, {low} to {high} digits, for example {example}.</source>
        <translation>Naxai a besoin du numéro international complet, de {low} à {high} chiffres, par exemple {example}.</translation>
    </message>
    <message>
        <source>The address must be a full web address starting with https://.</source>
        <translation>L&apos;adresse doit être une adresse web complète commençant par https://.</translation>
    </message>
    <message>
        <source>Choose between 0 and 3 retries.</source>
        <translation>Choisissez entre 0 et 3 nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Give one waiting time per retry: {retries} retries need {retries} waiting times, there are {count}.</source>
        <translation>Indiquez une attente par nouvelle tentative&#xa0;: {retries} nouvelles tentatives demandent {retries} attentes, il y en a {count}.</translation>
    </message>
    <message>
        <source>Retry {number}: the wait must be at most 3 days ({limit} minutes); it is {delay}.</source>
        <translation>Nouvelle tentative {number}&#xa0;: l&apos;attente doit être d&apos;au plus 3 jours ({limit} minutes)&#xa0;; elle est de {delay}.</translation>
    </message>
    <message>
        <source>Choose the time zone from the list.</source>
        <translation>Choisissez le fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>{when} has already passed. Choose a later time, or send now.</source>
        <translation>{when} est déjà passé. Choisissez une heure plus tardive, ou envoyez maintenant.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set how long to wait for key presses.</source>
        <translation>Activez le recueil des appuis sur les touches pour régler la durée d&apos;attente des touches.</translation>
    </message>
    <message>
        <source>Wait between 1 and {limit} seconds for key presses.</source>
        <translation>Attendez les touches entre 1 et {limit} secondes.</translation>
    </message>
    <message>
        <source>Let the phone ring between 1 and {limit} seconds.</source>
        <translation>Laissez sonner le téléphone entre 1 et {limit} secondes.</translation>
    </message>
    <message>
        <source>Give the name of the load distribution set up in Naxai, or choose none.</source>
        <translation>Indiquez le nom de la répartition de charge configurée dans Naxai, ou choisissez aucune.</translation>
    </message>
    <message>
        <source>Write what the caller hears, or give the address of a recording.</source>
        <translation>Écrivez ce que l&apos;appelé entend, ou indiquez l&apos;adresse d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>Use either spoken text or a recording here, not both.</source>
        <translation>Utilisez ici soit un texte parlé, soit un enregistrement, pas les deux.</translation>
    </message>
    <message>
        <source>The transfer number must be a full international number, 8 to 15 digits.</source>
        <translation>Le numéro de transfert doit être un numéro international complet, de 8 à 15 chiffres.</translation>
    </message>
    <message>
        <source>A key-press menu needs at least one key.</source>
        <translation>Un menu à touches a besoin d&apos;au moins une touche.</translation>
    </message>
    <message>
        <source>Key {key} is used twice in the menu.</source>
        <translation>La touche {key} est utilisée deux fois dans le menu.</translation>
    </message>
    <message>
        <source>Say what happens when the caller presses {key}.</source>
        <translation>Indiquez ce qui se passe quand l&apos;appelé appuie sur {key}.</translation>
    </message>
    <message>
        <source>Write the text the callers will hear.</source>
        <translation>Écrivez le texte que les appelés entendront.</translation>
    </message>
    <message>
        <source>Give the public web address (https://...) of the recording.</source>
        <translation>Indiquez l&apos;adresse web publique (https://...) de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Naxai does not speak {language}. Choose one of {offered}.</source>
        <translation>Naxai ne parle pas {language}. Choisissez parmi {offered}.</translation>
    </message>
    <message>
        <source>The start time has passed. Choose a later time, or send now.</source>
        <translation>L&apos;heure de début est passée. Choisissez une heure plus tardive, ou envoyez maintenant.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Keep the campaign name under {limit} characters.</source>
        <translation>Gardez le nom de la campagne sous {limit} caractères.</translation>
    </message>
    <message>
        <source>The calling number must be a full international number of {low} to {high} digits, for example {example}.</source>
        <translation>Le numéro appelant doit être un numéro international complet de {low} à {high} chiffres, par exemple {example}.</translation>
    </message>
    <message>
        <source>Choose a segment of your Naxai contacts.</source>
        <translation>Choisissez un segment de vos contacts Naxai.</translation>
    </message>
    <message>
        <source>Choose the segment from the list of Naxai segments.</source>
        <translation>Choisissez le segment dans la liste des segments Naxai.</translation>
    </message>
    <message>
        <source>These numbers are not valid international numbers: {numbers}</source>
        <translation>Ces numéros ne sont pas des numéros internationaux valides&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>Choose one segment, or type the numbers to call.</source>
        <translation>Choisissez un segment, ou tapez les numéros à appeler.</translation>
    </message>
    <message>
        <source>Each waiting time before a retry must be between 0 and {limit} minutes (3 days).</source>
        <translation>Chaque attente avant une nouvelle tentative doit être comprise entre 0 et {limit} minutes (3 jours).</translation>
    </message>
    <message>
        <source>Choose the calendar from the list of Naxai calendars.</source>
        <translation>Choisissez le calendrier dans la liste des calendriers Naxai.</translation>
    </message>
    <message>
        <source>Name the load distribution to use, or choose none.</source>
        <translation>Nommez la répartition de charge à utiliser, ou choisissez aucune.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Enter the caller number people will see (digits only, up to {limit}).</source>
        <translation>Saisissez le numéro d&apos;appelant que les personnes verront (chiffres uniquement, jusqu&apos;à {limit}).</translation>
    </message>
    <message>
        <source>Routee needs a numeric caller number of at most {limit} characters, for example {example}.</source>
        <translation>Routee a besoin d&apos;un numéro d&apos;appelant en chiffres d&apos;au plus {limit} caractères, par exemple {example}.</translation>
    </message>
    <message>
        <source>The campaign name must be 2 to 30 characters: letters, digits, spaces and &apos;-&apos; only.</source>
        <translation>Le nom de la campagne doit compter de 2 à 30 caractères&#xa0;: lettres, chiffres, espaces et «&#xa0;-&#xa0;» uniquement.</translation>
    </message>
    <message>
        <source>Add at least one phone number, contact or group.</source>
        <translation>Ajoutez au moins un numéro de téléphone, un contact ou un groupe.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} phone numbers per campaign; this one has {count}.</source>
        <translation>Routee accepte au plus {limit} numéros de téléphone par campagne&#xa0;; celle-ci en a {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} contacts per campaign; this one has {count}.</source>
        <translation>Routee accepte au plus {limit} contacts par campagne&#xa0;; celle-ci en a {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} groups per campaign; this one has {count}.</source>
        <translation>Routee accepte au plus {limit} groupes par campagne&#xa0;; celle-ci en a {count}.</translation>
    </message>
    <message>
        <source>These numbers are not in international format (+ and country code): {numbers}</source>
        <translation>Ces numéros ne sont pas au format international (+ et indicatif du pays)&#xa0;: {numbers}</translation>
    </message>
    <message>
        <source>Type the text to be read to the people called.</source>
        <translation>Tapez le texte à lire aux personnes appelées.</translation>
    </message>
    <message>
        <source>Routee reads at most {limit} characters; this text has {count}. Shorten it.</source>
        <translation>Routee lit au plus {limit} caractères&#xa0;; ce texte en a {count}. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Routee cannot speak the language &apos;{language}&apos;. Choose another language.</source>
        <translation>Routee ne sait pas parler la langue «&#xa0;{language}&#xa0;». Choisissez une autre langue.</translation>
    </message>
    <message>
        <source>Give the public web address of the WAV recording.</source>
        <translation>Indiquez l&apos;adresse web publique de l&apos;enregistrement WAV.</translation>
    </message>
    <message>
        <source>Routee only plays .wav files: the recording address must be a web address ending in .wav.</source>
        <translation>Routee ne lit que les fichiers .wav&#xa0;: l&apos;adresse de l&apos;enregistrement doit être une adresse web se terminant par .wav.</translation>
    </message>
    <message>
        <source>Routee cannot play call scripts with menus. Use spoken text or a WAV recording.</source>
        <translation>Routee ne peut pas lire les scripts d&apos;appel avec menus. Utilisez un texte parlé ou un enregistrement WAV.</translation>
    </message>
    <message>
        <source>The ringing time must be between 1 and {limit} seconds.</source>
        <translation>La durée de sonnerie doit être comprise entre 1 et {limit} secondes.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set a waiting time for key presses.</source>
        <translation>Activez le recueil des appuis sur les touches pour régler une attente des touches.</translation>
    </message>
    <message>
        <source>The waiting time for key presses cannot be negative.</source>
        <translation>L&apos;attente des touches ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Status notification addresses must start with https://.</source>
        <translation>Les adresses de notification d&apos;état doivent commencer par https://.</translation>
    </message>
    <message>
        <source>The segment “{name}” is still being prepared by Naxai. Wait until it is ready, or choose another segment.</source>
        <translation>Le segment «&#xa0;{name}&#xa0;» est encore en préparation chez Naxai. Attendez qu&apos;il soit prêt, ou choisissez un autre segment.</translation>
    </message>
    <message>
        <source>Add at least one valid phone number.</source>
        <translation>Ajoutez au moins un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n jour</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n jours</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n heure</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n heures</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n minute</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n minutes</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Brouillon sans titre</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Brouillons&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Commencer un nouveau brouillon</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Ouvrir le brouillon sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Make a copy of the selected draft</source>
        <translation>Faire une copie du brouillon sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected draft (you can undo)</source>
        <translation>Supprimer le brouillon sélectionné (vous pouvez annuler)</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Exporter vers un fichier…</translation>
    </message>
    <message>
        <source>Save the selected draft as a file to share</source>
        <translation>Enregistrer le brouillon sélectionné comme fichier à partager</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>Open a draft file a colleague shared</source>
        <translation>Ouvrir un fichier de brouillon partagé par un collègue</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Brouillon supprimé</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Masquer cette note</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Brouillons enregistrés</translation>
    </message>
    <message>
        <source>No saved drafts yet. Press New to start one, or Import a draft file a colleague sent you.</source>
        <translation>Aucun brouillon enregistré pour l&apos;instant. Appuyez sur Nouveau pour en commencer un, ou importez un fichier de brouillon qu&apos;un collègue vous a envoyé.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importer un brouillon</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*%1)</source>
        <translation>Brouillons VoiceDesk (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Brouillon sans titre</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour.</translation>
    </message>
</context>
<context>
    <name>DraftsViewModel</name>
    <message>
        <source>Could not list the drafts</source>
        <translation>Impossible d&apos;afficher la liste des brouillons</translation>
    </message>
    <message>
        <source>Could not start a new draft</source>
        <translation>Impossible de commencer un nouveau brouillon</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Impossible d&apos;ouvrir le brouillon</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ce brouillon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Brouillon sans titre</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Could not duplicate the draft</source>
        <translation>Impossible de dupliquer le brouillon</translation>
    </message>
    <message>
        <source>Could not delete the draft</source>
        <translation>Impossible de supprimer le brouillon</translation>
    </message>
    <message>
        <source>Could not bring the draft back</source>
        <translation>Impossible de récupérer le brouillon</translation>
    </message>
    <message>
        <source>Could not export the draft</source>
        <translation>Impossible d&apos;exporter le brouillon</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not open the draft file</source>
        <translation>Impossible d&apos;ouvrir le fichier de brouillon</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Coller une liste</translation>
    </message>
    <message>
        <source>Add every line (or comma-separated entry) on the clipboard</source>
        <translation>Ajouter chaque ligne (ou élément séparé par des virgules) du presse-papiers</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Retirer les éléments sélectionnés</translation>
    </message>
    <message>
        <source>That is more than %1: send them in several campaigns.</source>
        <translation>C&apos;est plus que %1&#xa0;: envoyez-les en plusieurs campagnes.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The provider is busy with too many requests. Try again after %1.</source>
        <translation>Le fournisseur reçoit trop de demandes. Réessayez après %1.</translation>
    </message>
    <message>
        <source>The provider is busy with too many requests. Try again in a minute.</source>
        <translation>Le fournisseur reçoit trop de demandes. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials. Check them in Accounts.</source>
        <translation>Le fournisseur a refusé les identifiants du compte. Vérifiez-les dans Comptes.</translation>
    </message>
    <message>
        <source>This account is not allowed to send voice campaigns. Ask the provider to enable them.</source>
        <translation>Ce compte n&apos;est pas autorisé à envoyer des campagnes vocales. Demandez au fournisseur de les activer.</translation>
    </message>
    <message>
        <source>The account does not have enough balance for these calls. Top it up and try again.</source>
        <translation>Le solde du compte est insuffisant pour ces appels. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The provider rejected one or more phone numbers. Check the recipients.</source>
        <translation>Le fournisseur a rejeté un ou plusieurs numéros de téléphone. Vérifiez les destinataires.</translation>
    </message>
    <message>
        <source>The provider rejected the campaign: a field is not valid.</source>
        <translation>Le fournisseur a rejeté la campagne&#xa0;: un champ n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The provider does not know this campaign any more.</source>
        <translation>Le fournisseur ne connaît plus cette campagne.</translation>
    </message>
    <message>
        <source>The provider already has a campaign with this name, or it cannot change now.</source>
        <translation>Le fournisseur a déjà une campagne portant ce nom, ou elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The provider&apos;s service is failing right now. Try again in a few minutes.</source>
        <translation>Le service du fournisseur est en panne pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The provider took too long to answer.</source>
        <translation>Le fournisseur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the internet connection and try again.</source>
        <translation>Impossible de joindre le fournisseur. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The provider could not complete the request.</source>
        <translation>Le fournisseur n&apos;a pas pu traiter la demande.</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Le fournisseur indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Un problème est survenu. Rien n&apos;a été perdu&#xa0;; veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Bulgarian (Bulgaria)</source>
        <translation>bulgare (Bulgarie)</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>néerlandais (Belgique)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>néerlandais (Pays-Bas)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>anglais (États-Unis)</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>français (Belgique)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>français (France)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>allemand (Allemagne)</translation>
    </message>
    <message>
        <source>Greek (Greece)</source>
        <translation>grec (Grèce)</translation>
    </message>
    <message>
        <source>Hungarian (Hungary)</source>
        <translation>hongrois (Hongrie)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>italien (Italie)</translation>
    </message>
    <message>
        <source>Polish (Poland)</source>
        <translation>polonais (Pologne)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>portugais (Brésil)</translation>
    </message>
    <message>
        <source>Russian (Russia)</source>
        <translation>russe (Russie)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>espagnol (Amérique latine)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>espagnol (Espagne)</translation>
    </message>
    <message>
        <source>Swedish (Sweden)</source>
        <translation>suédois (Suède)</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation>Masquer la note</translation>
    </message>
    <message>
        <source>Steps and lists</source>
        <translation>Étapes et listes</translation>
    </message>
    <message>
        <source>Opening your draft…</source>
        <translation>Ouverture de votre brouillon…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <source>Sandbox account: practice freely. Nobody is called and nothing is charged.</source>
        <translation>Compte Sandbox&#xa0;: entraînez-vous librement. Personne n&apos;est appelé et rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>1. Message</source>
        <translation>1. Message</translation>
    </message>
    <message>
        <source>2. Recipients</source>
        <translation>2. Destinataires</translation>
    </message>
    <message>
        <source>3. Delivery</source>
        <translation>3. Envoi</translation>
    </message>
    <message>
        <source>4. Review and send</source>
        <translation>4. Vérifier et envoyer</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*.voicedraft)</source>
        <translation>Brouillons VoiceDesk (*.voicedraft)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exporter l&apos;aperçu</translation>
    </message>
    <message>
        <source>Write the spoken text first.</source>
        <translation>Écrivez d&apos;abord le texte à dire.</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Exporter l&apos;aperçu</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>&lt;h2&gt;1. Message&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Message&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Envoyer &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>For example: Water cut Ixelles</source>
        <translation>Par exemple&#xa0;: Coupure d&apos;eau Ixelles</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Nom de la campagne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Spoken text</source>
        <translation>Texte &amp;parlé</translation>
    </message>
    <message>
        <source>&amp;Recorded message (WAV)</source>
        <translation>Message en&amp;registré (WAV)</translation>
    </message>
    <message>
        <source>Call s&amp;cript with key-press menu</source>
        <translation>S&amp;cript d&apos;appel avec menu à touches</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>&amp;Language and voice:</source>
        <translation>&amp;Langue et voix&#xa0;:</translation>
    </message>
    <message>
        <source>▶ &amp;Listen</source>
        <translation>▶ É&amp;couter</translation>
    </message>
    <message>
        <source>Listen to the message</source>
        <translation>Écouter le message</translation>
    </message>
    <message>
        <source>Speak the message with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Dire le message avec la voix de cet ordinateur (une approximation de la voix du fournisseur)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Type what people will hear, for example: Water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Tapez ce que les gens entendront, par exemple&#xa0;: L&apos;eau sera coupée demain de 8 à 12 heures.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>Words that may sound wrong</source>
        <translation>Mots qui risquent d&apos;être mal prononcés</translation>
    </message>
    <message>
        <source>Public address of the WAV file</source>
        <translation>Adresse publique du fichier WAV</translation>
    </message>
    <message>
        <source>Public &amp;address of the WAV file:</source>
        <translation>&amp;Adresse publique du fichier WAV&#xa0;:</translation>
    </message>
    <message>
        <source>Providers fetch the recording from its address: put the same WAV file on a public web server.</source>
        <translation>Les fournisseurs récupèrent l&apos;enregistrement à son adresse&#xa0;: placez le même fichier WAV sur un serveur web public.</translation>
    </message>
    <message>
        <source>%1 / %2 characters · about %3 seconds when spoken</source>
        <translation>%1 / %2 caractères · environ %3 secondes à l&apos;oral</translation>
    </message>
    <message>
        <source>%1 characters · about %3 seconds when spoken</source>
        <translation>%1 caractères · environ %3 secondes à l&apos;oral</translation>
    </message>
    <message>
        <source>too long for %1: shorten the text</source>
        <translation>trop long pour %1&#xa0;: raccourcissez le texte</translation>
    </message>
    <message>
        <source>long number, may be read as an amount</source>
        <translation>nombre long, peut être lu comme un montant</translation>
    </message>
    <message>
        <source>abbreviation, may be spelled out</source>
        <translation>abréviation, peut être épelée</translation>
    </message>
    <message>
        <source>web or e-mail address, read letter by letter</source>
        <translation>adresse web ou e-mail, lue lettre par lettre</translation>
    </message>
    <message>
        <source>time, write it in words to be sure</source>
        <translation>heure, écrivez-la en toutes lettres pour être sûr</translation>
    </message>
    <message>
        <source>Listen to check these: %1</source>
        <translation>Écoutez pour vérifier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>Speak this text</source>
        <translation>Dire ce texte</translation>
    </message>
    <message>
        <source>Play a recording from its address</source>
        <translation>Diffuser un enregistrement depuis son adresse</translation>
    </message>
    <message>
        <source>%1: spoken text or recording</source>
        <translation>%1&#xa0;: texte parlé ou enregistrement</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Écouter</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1&#xa0;: texte</translation>
    </message>
    <message>
        <source>%1 recording address</source>
        <translation>%1&#xa0;: adresse de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Hear this text with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Écouter ce texte avec la voix de cet ordinateur (une approximation de la voix du fournisseur)</translation>
    </message>
    <message>
        <source>Recordings are played by the provider from their address; only written text can be listened to here</source>
        <translation>Les enregistrements sont diffusés par le fournisseur depuis leur adresse&#xa0;; seul un texte écrit peut être écouté ici</translation>
    </message>
    <message>
        <source>Write a text first</source>
        <translation>Écrivez d&apos;abord un texte</translation>
    </message>
</context>
<context>
    <name>PlayCountSpin</name>
    <message>
        <source> time(s)</source>
        <translation> fois</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Position in the preview</source>
        <translation>Position dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Approximation of the provider&apos;s voice</source>
        <translation>Approximation de la voix du fournisseur</translation>
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
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>PreviewViewModel</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved: {0}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved to {0}: {1}</source>
        <translation>L&apos;aperçu n&apos;a pas pu être enregistré dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved the preview to {0}.</source>
        <translation>Aperçu enregistré dans {0}.</translation>
    </message>
    <message>
        <source>No local {0} voice; using {1}.</source>
        <translation>Pas de voix {0} locale&#xa0;; utilisation de {1}.</translation>
    </message>
    <message>
        <source>No local voice for {0}; using the nearest one: {1}.</source>
        <translation>Pas de voix locale pour {0}&#xa0;; utilisation de la plus proche&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>This sound cannot be played.</source>
        <translation>Ce son ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The sound could not be played: {0}</source>
        <translation>Le son n&apos;a pas pu être lu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {0}</source>
        <translation>L&apos;aperçu a échoué de façon inattendue&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ProviderAudienceBox</name>
    <message>
        <source>Routee contacts and groups (optional)</source>
        <translation>Contacts et groupes Routee (facultatif)</translation>
    </message>
    <message>
        <source>Besides the phone numbers below, Routee can call contacts and groups of your Routee account. Type or paste their ids and names as they appear in Routee.</source>
        <translation>En plus des numéros de téléphone ci-dessous, Routee peut appeler des contacts et des groupes de votre compte Routee. Tapez ou collez leurs identifiants et leurs noms tels qu&apos;ils apparaissent dans Routee.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact id, then Enter</source>
        <translation>Identifiant du contact, puis Entrée</translation>
    </message>
    <message>
        <source>%n contact (at most 1,000)</source>
        <translation>%n contact (1 000 au plus)</translation>
    </message>
    <message>
        <source>%n contacts (at most 1,000)</source>
        <translation>%n contacts (1 000 au plus)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Group name, then Enter</source>
        <translation>Nom du groupe, puis Entrée</translation>
    </message>
    <message>
        <source>%n group (at most 1,000)</source>
        <translation>%n groupe (1 000 au plus)</translation>
    </message>
    <message>
        <source>%n groups (at most 1,000)</source>
        <translation>%n groupes (1 000 au plus)</translation>
    </message>
    <message>
        <source>C&amp;ount recipients</source>
        <translation>C&amp;ompter les destinataires</translation>
    </message>
    <message>
        <source>Ask Routee how many people the contacts and groups reach</source>
        <translation>Demander à Routee combien de personnes les contacts et les groupes atteignent</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Arrêter le décompte</translation>
    </message>
    <message>
        <source>How many people Routee would call</source>
        <translation>Nombre de personnes que Routee appellerait</translation>
    </message>
    <message>
        <source>Who Naxai calls</source>
        <translation>Qui Naxai appelle</translation>
    </message>
    <message>
        <source>Phone numbers (typed or imported)</source>
        <translation>Numéros de téléphone (saisis ou importés)</translation>
    </message>
    <message>
        <source>A segment of your Naxai contacts</source>
        <translation>Un segment de vos contacts Naxai</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the segments from the account again</source>
        <translation>Recharger les segments depuis le compte</translation>
    </message>
    <message>
        <source>About the segment</source>
        <translation>À propos du segment</translation>
    </message>
    <message>
        <source>Also call people who unsubscribed</source>
        <translation>Appeler aussi les personnes désinscrites</translation>
    </message>
    <message>
        <source>Leave this off unless the call is one everyone must get, such as a safety alert: people who unsubscribed asked not to be contacted.</source>
        <translation>Laissez cette option désactivée, sauf si tout le monde doit recevoir l&apos;appel, par exemple pour une alerte de sécurité&#xa0;: les personnes désinscrites ont demandé à ne pas être contactées.</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>Choisissez un segment…</translation>
    </message>
    <message>
        <source>%1 (not ready yet)</source>
        <translation>%1 (pas encore prêt)</translation>
    </message>
    <message>
        <source>The segment chosen earlier</source>
        <translation>Le segment choisi précédemment</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>&lt;h2&gt;2. Recipients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Destinataires&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The phone numbers typed here are kept in the draft, but not called while a segment is chosen.</source>
        <translation>Les numéros de téléphone saisis ici sont conservés dans le brouillon, mais ne sont pas appelés tant qu&apos;un segment est choisi.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>Numbers written without a country code belong to this country</source>
        <translation>Les numéros écrits sans indicatif de pays appartiennent à ce pays</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Les numéros sans indicatif de pays sont en&#xa0;:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Type or paste phone numbers, one per line or separated by commas or semicolons, for example:
0470 12 34 56
+33 6 12 34 56 78</source>
        <translation>Tapez ou collez des numéros de téléphone, un par ligne ou séparés par des virgules ou des points-virgules, par exemple&#xa0;:
0470 12 34 56
+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>Import numbers from a CSV or Excel file</source>
        <translation>Importer des numéros depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>Summary of the numbers</source>
        <translation>Résumé des numéros</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Numbers that cannot be called (double-click to correct):</source>
        <translation>Numéros qui ne peuvent pas être appelés (double-cliquez pour corriger)&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers that cannot be called</source>
        <translation>Numéros qui ne peuvent pas être appelés</translation>
    </message>
    <message>
        <source>&amp;Export invalid numbers…</source>
        <translation>&amp;Exporter les numéros non valides…</translation>
    </message>
    <message>
        <source>Export the invalid numbers as a CSV file</source>
        <translation>Exporter les numéros non valides dans un fichier CSV</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>{done} numéros vérifiés sur {total}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Importer des numéros de téléphone</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Tableurs et listes (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export invalid numbers</source>
        <translation>Exporter les numéros non valides</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>invalid numbers.csv</source>
        <translation>numéros non valides.csv</translation>
    </message>
    <message>
        <source>Invalid numbers saved.</source>
        <translation>Numéros non valides enregistrés.</translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Landline or mobile</source>
        <translation>Fixe ou mobile</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Surtaxé</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>Coût partagé</translation>
    </message>
    <message>
        <source>Internet phone (VoIP)</source>
        <translation>Téléphone par Internet (VoIP)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Numéro personnel</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Bipeur</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Empty entry</source>
        <translation>Entrée vide</translation>
    </message>
    <message>
        <source>Contains letters</source>
        <translation>Contient des lettres</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Indicatif de pays inconnu</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Trop peu de chiffres</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Trop de chiffres</translation>
    </message>
    <message>
        <source>Wrong number of digits for this country</source>
        <translation>Nombre de chiffres incorrect pour ce pays</translation>
    </message>
    <message>
        <source>Not a valid number in this country&apos;s numbering plan</source>
        <translation>Pas un numéro valide dans le plan de numérotation de ce pays</translation>
    </message>
    <message>
        <source>Double-click to correct this number</source>
        <translation>Double-cliquez pour corriger ce numéro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Tel que saisi</translation>
    </message>
</context>
<context>
    <name>RecipientsViewModel</name>
    <message>
        <source>No numbers yet</source>
        <translation>Pas encore de numéros</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>1 doublon supprimé</translation>
    </message>
    <message>
        <source>{count} duplicates removed</source>
        <translation>{count} doublons supprimés</translation>
    </message>
    <message>
        <source>{valid} valid, {invalid} invalid, {removed}</source>
        <translation>{valid} valides, {invalid} non valides, {removed}</translation>
    </message>
    <message>
        <source>No column in this file looks like phone numbers.</source>
        <translation>Aucune colonne de ce fichier ne ressemble à des numéros de téléphone.</translation>
    </message>
    <message>
        <source>The file has a header row but no numbers under it.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucun numéro en dessous.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>Le fichier est introuvable. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>La liste n&apos;a pas pu être enregistrée à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This column does not exist in the file.</source>
        <translation>Cette colonne n&apos;existe pas dans le fichier.</translation>
    </message>
    <message>
        <source>This column is empty.</source>
        <translation>Cette colonne est vide.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file that VoiceDesk can read.</source>
        <translation>Ce fichier n&apos;est pas un fichier texte (CSV) que VoiceDesk peut lire.</translation>
    </message>
    <message>
        <source>This file is too large to import (more than 200 MB).</source>
        <translation>Ce fichier est trop volumineux pour être importé (plus de 200 Mo).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ceci est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to read this file.</source>
        <translation>VoiceDesk n&apos;est pas autorisé à lire ce fichier.</translation>
    </message>
    <message>
        <source>This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>Ce fichier Excel ne peut pas être lu. Ouvrez-le dans Excel et enregistrez-le à nouveau en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>Ceci est un ancien fichier Excel (.xls). Ouvrez-le dans Excel et enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>Something went wrong while checking the numbers.</source>
        <translation>Un problème est survenu pendant la vérification des numéros.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>The API request</source>
        <translation>La requête API</translation>
    </message>
    <message>
        <source>This draft cannot be sent yet:</source>
        <translation>Ce brouillon ne peut pas encore être envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&lt;h2&gt;4. Review and send&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Vérifier et envoyer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Checking the draft…</source>
        <translation>Vérification du brouillon…</translation>
    </message>
    <message>
        <source>Summary of the campaign</source>
        <translation>Résumé de la campagne</translation>
    </message>
    <message>
        <source>Numbers left out</source>
        <translation>Numéros écartés</translation>
    </message>
    <message>
        <source>Sent as several campaigns</source>
        <translation>Envoyée en plusieurs campagnes</translation>
    </message>
    <message>
        <source>What must be fixed before sending</source>
        <translation>Ce qu&apos;il faut corriger avant l&apos;envoi</translation>
    </message>
    <message>
        <source>▶ Listen one last time</source>
        <translation>▶ Écouter une dernière fois</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n call&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n appel&lt;/b&gt; avec %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n appels&lt;/b&gt; avec %1</translation>
    </message>
    <message>
        <source>They will hear the recording at %1.</source>
        <translation>Ils entendront l&apos;enregistrement situé à %1.</translation>
    </message>
    <message>
        <source>They will hear the call script, in %1.</source>
        <translation>Ils entendront le script d&apos;appel, en %1.</translation>
    </message>
    <message>
        <source>Calls start as soon as you send.</source>
        <translation>Les appels commencent dès l&apos;envoi.</translation>
    </message>
    <message>
        <source>Calls start on %1.</source>
        <translation>Les appels commencent le %1.</translation>
    </message>
    <message>
        <source>an account not set up on this computer</source>
        <translation>un compte non configuré sur cet ordinateur</translation>
    </message>
    <message>
        <source>&lt;i&gt;Sandbox account: nobody is called and nothing is charged.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Compte Sandbox&#xa0;: personne n&apos;est appelé et rien n&apos;est facturé.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%n invalid number</source>
        <translation>%n numéro non valide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;Appels&lt;/b&gt; avec %1</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a female voice: “%2”</source>
        <translation>Ils entendront, en %1 avec une voix féminine&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a male voice: “%2”</source>
        <translation>Ils entendront, en %1 avec une voix masculine&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%n invalid numbers</source>
        <translation>%n numéros non valides</translation>
    </message>
    <message>
        <source>%n duplicate removed</source>
        <translation>%n doublon supprimé</translation>
    </message>
    <message>
        <source>%n duplicates removed</source>
        <translation>%n doublons supprimés</translation>
    </message>
    <message>
        <source>%n on the do-not-call list</source>
        <translation>%n sur la liste «&#xa0;ne pas appeler&#xa0;»</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Écartés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before sending:&lt;/b&gt;</source>
        <translation>&lt;b&gt;À corriger avant l&apos;envoi&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send %n call…</source>
        <translation>Envoyer %n appel…</translation>
    </message>
    <message>
        <source>Send %n calls…</source>
        <translation>Envoyer %n appels…</translation>
    </message>
    <message>
        <source>Routee calls at most %1 numbers per campaign.</source>
        <translation>Routee appelle au plus %1 numéros par campagne.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 numbers as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk enverra ces %1 numéros en %2 campagnes, de «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Routee calls at most %1 contacts per campaign.</source>
        <translation>Routee appelle au plus %1 contacts par campagne.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 contacts as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk enverra ces %1 contacts en %2 campagnes, de «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Routee takes at most %1 groups per campaign.</source>
        <translation>Routee accepte au plus %1 groupes par campagne.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 groups as %2 campaigns, “%3” to “%4”.</source>
        <translation>VoiceDesk enverra ces %1 groupes en %2 campagnes, de «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Your do-not-call list applies only to the numbers typed or imported here, not to the people the provider adds.</source>
        <translation>Votre liste «&#xa0;ne pas appeler&#xa0;» ne s&apos;applique qu&apos;aux numéros saisis ou importés ici, pas aux personnes que le fournisseur ajoute.</translation>
    </message>
    <message>
        <source>the chosen segment</source>
        <translation>le segment choisi</translation>
    </message>
    <message>
        <source>%n person</source>
        <translation>%n personne</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n personnes</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>pas encore compté</translation>
    </message>
    <message>
        <source>They are the people in the Naxai segment “%1” (%2).</source>
        <translation>Ce sont les personnes du segment Naxai «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>People who unsubscribed are called too.</source>
        <translation>Les personnes désinscrites sont appelées aussi.</translation>
    </message>
    <message>
        <source>People who unsubscribed are left out, so there may be fewer calls.</source>
        <translation>Les personnes désinscrites sont exclues&#xa0;: il peut donc y avoir moins d&apos;appels.</translation>
    </message>
    <message>
        <source>%n Routee contact</source>
        <translation>%n contact Routee</translation>
    </message>
    <message>
        <source>%n Routee contacts</source>
        <translation>%n contacts Routee</translation>
    </message>
    <message>
        <source>everyone in %n group</source>
        <translation>toutes les personnes de %n groupe</translation>
    </message>
    <message>
        <source>everyone in %n groups</source>
        <translation>toutes les personnes de %n groupes</translation>
    </message>
    <message>
        <source>They include %1.</source>
        <translation>Ils comprennent %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Routee counted %1 in them.</source>
        <translation>Routee y a compté %1.</translation>
    </message>
    <message>
        <source>The groups are not counted yet: use Count recipients in step 2.</source>
        <translation>Les groupes ne sont pas encore comptés&#xa0;: utilisez Compter les destinataires à l&apos;étape 2.</translation>
    </message>
    <message>
        <source>Send the calls to everyone in the segment? This is a paid service.</source>
        <translation>Envoyer les appels à toutes les personnes du segment&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Send %n call plus %1? This is a paid service.</source>
        <translation>Envoyer %n appel, plus les appels à %1&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Send %n calls plus %1? This is a paid service.</source>
        <translation>Envoyer %n appels, plus les appels à %1&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real calls:&lt;/b&gt; real people are called, and the calls are charged to the account “%1”.</source>
        <translation>&lt;b&gt;Appels réels&#xa0;:&lt;/b&gt; de vraies personnes sont appelées, et les appels sont facturés au compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The account changed after you confirmed. Nothing was sent: check and send again.</source>
        <translation>Le compte a changé après votre confirmation. Rien n&apos;a été envoyé&#xa0;: vérifiez et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Send %n call? This is a paid service.</source>
        <translation>Envoyer %n appel&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Send %n calls? This is a paid service.</source>
        <translation>Envoyer %n appels&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>Send %1 calls as %2 campaigns? This is a paid service.</source>
        <translation>Envoyer %1 appels en %2 campagnes&#xa0;? Ce service est payant.</translation>
    </message>
    <message>
        <source>The calls go through %1 and cannot be taken back once they start.</source>
        <translation>Les appels passent par %1 et ne peuvent plus être annulés une fois commencés.</translation>
    </message>
    <message>
        <source>This is the Sandbox account: nobody is called and nothing is charged.</source>
        <translation>Ceci est le compte Sandbox&#xa0;: personne n&apos;est appelé et rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>Real people are called, and the calls are charged to the %1 account “%2”.</source>
        <translation>De vraies personnes sont appelées, et les appels sont facturés au compte %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>They cannot be taken back once they start.</source>
        <translation>Ils ne peuvent pas être annulés une fois lancés.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Envoyer la campagne</translation>
    </message>
    <message>
        <source>Send %n call</source>
        <translation>Envoyer %n appel</translation>
    </message>
    <message>
        <source>Send %n calls</source>
        <translation>Envoyer %n appels</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Female voice</source>
        <translation>Voix féminine</translation>
    </message>
    <message>
        <source>Male voice</source>
        <translation>Voix masculine</translation>
    </message>
</context>
<context>
    <name>WavPicker</name>
    <message>
        <source>Choose WAV file…</source>
        <translation>Choisir un fichier WAV…</translation>
    </message>
    <message>
        <source>Choose the recorded message</source>
        <translation>Choisir le message enregistré</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play the recorded message</source>
        <translation>Lire le message enregistré</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Vérifier l&apos;adresse</translation>
    </message>
    <message>
        <source>Check the public address of the recording</source>
        <translation>Vérifier l&apos;adresse publique de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>No WAV file chosen.</source>
        <translation>Aucun fichier WAV choisi.</translation>
    </message>
    <message>
        <source>Facts of the recorded message</source>
        <translation>Caractéristiques du message enregistré</translation>
    </message>
    <message>
        <source>Result of the address check</source>
        <translation>Résultat de la vérification de l&apos;adresse</translation>
    </message>
    <message>
        <source>WAV files (*.wav *.WAV)</source>
        <translation>Fichiers WAV (*.wav *.WAV)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file is not a usable WAV file.</source>
        <translation>Ce fichier n&apos;est pas un fichier WAV utilisable.</translation>
    </message>
    <message>
        <source>Enter the public address of the WAV file first.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse publique du fichier WAV.</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Vérification de l&apos;adresse…</translation>
    </message>
    <message>
        <source>The address could not be checked: {0}</source>
        <translation>L&apos;adresse n&apos;a pas pu être vérifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message>
        <source>{0} channels</source>
        <translation>{0} canaux</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} Mo</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>{0}-bit, </source>
        <translation>{0} bits, </translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} seconds, {6}</source>
        <translation>{0}&#xa0;: {1}, {2}, {3:,} Hz, {4}{5:.1f} secondes, {6}</translation>
    </message>
</context>
</TS>
