<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About %1</source>
        <translation>Σχετικά με το %1</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Send from &amp;account:</source>
        <translation>Αποστολή από &amp;λογαριασμό:</translation>
    </message>
    <message>
        <source>Account that sends the calls</source>
        <translation>Λογαριασμός που στέλνει τις κλήσεις</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Διαχείριση λογαριασμών…</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Διαχείριση λογαριασμών</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Αφαίρεση…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Πάροχος</translation>
    </message>
    <message>
        <source>Routee and Naxai (simulated)</source>
        <translation>Routee και Naxai (προσομοίωση)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Πάροχος:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Εμφανιζόμενο όνομα</translation>
    </message>
    <message>
        <source>For example: Town hall Routee</source>
        <translation>Για παράδειγμα: Routee δημαρχείου</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>Application or client id</source>
        <translation>Αναγνωριστικό εφαρμογής ή πελάτη</translation>
    </message>
    <message>
        <source>Application or &amp;client id:</source>
        <translation>Αναγνωριστικό εφαρμογής ή &amp;πελάτη:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Μυστικό κλειδί</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Μυστικό κλειδί:</translation>
    </message>
    <message>
        <source>Sender number</source>
        <translation>Αριθμός αποστολέα</translation>
    </message>
    <message>
        <source>The number people see, for example 3225550100</source>
        <translation>Ο αριθμός που βλέπουν οι παραλήπτες, για παράδειγμα 3225550100</translation>
    </message>
    <message>
        <source>Sender &amp;number:</source>
        <translation>Αριθμός &amp;αποστολέα:</translation>
    </message>
    <message>
        <source>Advanced: provider addresses</source>
        <translation>Για προχωρημένους: διευθύνσεις του παρόχου</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Διεύθυνση API</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Διεύθυνση API:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Διεύθυνση σύνδεσης</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Διεύθυνση σύνδεσης:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own addresses. Only https:// is allowed.</source>
        <translation>Αφήστε το κενό για να χρησιμοποιηθούν οι διευθύνσεις του ίδιου του παρόχου. Επιτρέπεται μόνο https://.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Αποτέλεσμα του ελέγχου σύνδεσης</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Έλεγχος σύνδεσης</translation>
    </message>
    <message>
        <source>Save, then ask the provider for a sign-in token with these details.</source>
        <translation>Αποθήκευση και μετά αίτημα προς τον πάροχο για διακριτικό σύνδεσης με αυτά τα στοιχεία.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Αποθή&amp;κευση</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Νέος λογαριασμός</translation>
    </message>
    <message>
        <source>The secret the provider gave you</source>
        <translation>Το μυστικό κλειδί που σας έδωσε ο πάροχος</translation>
    </message>
    <message>
        <source>Built in: no secret needed</source>
        <translation>Ενσωματωμένος: δεν χρειάζεται μυστικό κλειδί</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>Αποθηκεύτηκε στην κλειδοθήκη του συστήματος</translation>
    </message>
    <message>
        <source>The application id from the Routee console</source>
        <translation>Το αναγνωριστικό εφαρμογής από την κονσόλα της Routee</translation>
    </message>
    <message>
        <source>The client id from the Naxai console</source>
        <translation>Το αναγνωριστικό πελάτη από την κονσόλα της Naxai</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Έλεγχος της σύνδεσης…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Αφαίρεση λογαριασμού</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Να αφαιρεθεί ο λογαριασμός «%1»;</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>AccountsViewModel</name>
    <message>
        <source>A campaign sent through “%1” is not confirmed yet. Check it with the provider on the Campaigns page first, then remove the account.</source>
        <translation>Μια καμπάνια που στάλθηκε μέσω «%1» δεν έχει επιβεβαιωθεί ακόμη. Ελέγξτε την πρώτα με τον πάροχο στη σελίδα Καμπάνιες και έπειτα αφαιρέστε τον λογαριασμό.</translation>
    </message>
    <message>
        <source>Its secret is deleted from the system keyring.</source>
        <translation>Το μυστικό κλειδί του διαγράφεται από την κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>%n saved draft uses it: when opened, it goes back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n αποθηκευμένο πρόχειρο το χρησιμοποιεί: όταν ανοίξει, επιστρέφει στο Sandbox, οπότε δεν καλείται κανείς μέχρι να επιλέξετε άλλον λογαριασμό.</translation>
    </message>
    <message>
        <source>%n saved drafts use it: when opened, they go back to the Sandbox, so nobody is called until you choose another account.</source>
        <translation>%n αποθηκευμένα πρόχειρα το χρησιμοποιούν: όταν ανοίξουν, επιστρέφουν στο Sandbox, οπότε δεν καλείται κανείς μέχρι να επιλέξετε άλλον λογαριασμό.</translation>
    </message>
    <message>
        <source>%n campaign was sent through it: it stays in the Campaigns list.</source>
        <translation>%n καμπάνια στάλθηκε μέσω αυτού: παραμένει στη λίστα Καμπάνιες.</translation>
    </message>
    <message>
        <source>%n campaigns were sent through it: they stay in the Campaigns list.</source>
        <translation>%n καμπάνιες στάλθηκαν μέσω αυτού: παραμένουν στη λίστα Καμπάνιες.</translation>
    </message>
    <message>
        <source>%n of them is still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n από αυτές βρίσκεται ακόμη σε εξέλιξη και δεν μπορεί να παρακολουθηθεί μέχρι να προσθέσετε ξανά αυτόν τον λογαριασμό (με το ίδιο αναγνωριστικό εφαρμογής).</translation>
    </message>
    <message>
        <source>%n of them are still under way and cannot be followed until you add this account again (with the same application id).</source>
        <translation>%n από αυτές βρίσκονται ακόμη σε εξέλιξη και δεν μπορούν να παρακολουθηθούν μέχρι να προσθέσετε ξανά αυτόν τον λογαριασμό (με το ίδιο αναγνωριστικό εφαρμογής).</translation>
    </message>
    <message>
        <source>No draft or campaign uses it.</source>
        <translation>Δεν το χρησιμοποιεί κανένα πρόχειρο ή καμπάνια.</translation>
    </message>
    <message>
        <source>Connected to the Sandbox (Routee and Naxai).</source>
        <translation>Συνδέθηκε στο Sandbox (Routee και Naxai).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Συνδέθηκε στο %1.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Νέο πρόχειρο</translation>
    </message>
    <message>
        <source>Start a new message</source>
        <translation>Έναρξη νέου μηνύματος</translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation>&amp;Εισαγωγή προχείρου…</translation>
    </message>
    <message>
        <source>Open a .voicedraft file a colleague sent</source>
        <translation>Άνοιγμα αρχείου .voicedraft που έστειλε συνάδελφος</translation>
    </message>
    <message>
        <source>&amp;Export draft…</source>
        <translation>Ε&amp;ξαγωγή προχείρου…</translation>
    </message>
    <message>
        <source>Save this draft as a .voicedraft file to share</source>
        <translation>Αποθήκευση αυτού του προχείρου ως αρχείο .voicedraft για κοινή χρήση</translation>
    </message>
    <message>
        <source>Export &amp;preview as WAV…</source>
        <translation>Εξαγωγή &amp;προεπισκόπησης ως WAV…</translation>
    </message>
    <message>
        <source>Save the local preview as a WAV file</source>
        <translation>Αποθήκευση της τοπικής προεπισκόπησης ως αρχείο WAV</translation>
    </message>
    <message>
        <source>Show the &amp;API request…</source>
        <translation>Εμφάνιση του αιτήματος &amp;API…</translation>
    </message>
    <message>
        <source>For support: the exact request sending would make</source>
        <translation>Για την υποστήριξη: το ακριβές αίτημα που θα έκανε η αποστολή</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Λογαριασμοί…</translation>
    </message>
    <message>
        <source>Add or edit provider accounts</source>
        <translation>Προσθήκη ή επεξεργασία λογαριασμών παρόχων</translation>
    </message>
    <message>
        <source>&amp;Do-not-call list…</source>
        <translation>Λίστα «μην &amp;καλείτε»…</translation>
    </message>
    <message>
        <source>Numbers that are never called, in any campaign</source>
        <translation>Αριθμοί που δεν καλούνται ποτέ, σε καμία καμπάνια</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;About VoiceDesk</source>
        <translation>Σ&amp;χετικά με το VoiceDesk</translation>
    </message>
</context>
<context>
    <name>AudienceViewModel</name>
    <message>
        <source>%n person</source>
        <translation>%n άτομο</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n άτομα</translation>
    </message>
    <message>
        <source>To practise in the Sandbox, try the contacts %1 and the groups %2.</source>
        <translation>Για εξάσκηση στο Sandbox, δοκιμάστε τις επαφές %1 και τις ομάδες %2.</translation>
    </message>
    <message>
        <source>Loading the segments of your Naxai account…</source>
        <translation>Φόρτωση των τμημάτων κοινού του λογαριασμού σας Naxai…</translation>
    </message>
    <message>
        <source>The segments could not be loaded. %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των τμημάτων κοινού. %1</translation>
    </message>
    <message>
        <source>This Naxai account has no segments yet.</source>
        <translation>Αυτός ο λογαριασμός Naxai δεν έχει ακόμη τμήματα κοινού.</translation>
    </message>
    <message>
        <source>This segment is no longer in the account. Choose another one.</source>
        <translation>Αυτό το τμήμα κοινού δεν υπάρχει πια στον λογαριασμό. Επιλέξτε άλλο.</translation>
    </message>
    <message>
        <source>Naxai is still preparing this segment: it cannot be called until it is ready. Press Refresh later to check again.</source>
        <translation>Η Naxai προετοιμάζει ακόμη αυτό το τμήμα κοινού: δεν μπορεί να κληθεί μέχρι να είναι έτοιμο. Πατήστε αργότερα Ανανέωση για να ελέγξετε ξανά.</translation>
    </message>
    <message>
        <source>Counting the people in this segment…</source>
        <translation>Καταμέτρηση των ατόμων σε αυτό το τμήμα κοινού…</translation>
    </message>
    <message>
        <source>The size of this segment could not be read. %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του μεγέθους αυτού του τμήματος κοινού. %1</translation>
    </message>
    <message>
        <source>Add contacts or groups first.</source>
        <translation>Προσθέστε πρώτα επαφές ή ομάδες.</translation>
    </message>
    <message>
        <source>Routee needs the calling number to count: enter it in step 3, Delivery.</source>
        <translation>Η Routee χρειάζεται τον αριθμό κλήσης για την καταμέτρηση: εισαγάγετέ τον στο βήμα 3, Παράδοση.</translation>
    </message>
    <message>
        <source>Asking Routee…</source>
        <translation>Ερώτηση στη Routee…</translation>
    </message>
    <message>
        <source>Counting stopped.</source>
        <translation>Η καταμέτρηση σταμάτησε.</translation>
    </message>
    <message>
        <source>Routee has no contact with one of these ids. Check the contact ids.</source>
        <translation>Η Routee δεν έχει επαφή με ένα από αυτά τα αναγνωριστικά. Ελέγξτε τα αναγνωριστικά των επαφών.</translation>
    </message>
    <message>
        <source>Routee says: %1</source>
        <translation>Η Routee αναφέρει: %1</translation>
    </message>
    <message>
        <source>Nobody would be called: the groups are empty or unknown, or everyone in them is blacklisted.</source>
        <translation>Δεν θα καλούνταν κανείς: οι ομάδες είναι κενές ή άγνωστες ή όλοι όσοι ανήκουν σε αυτές είναι στη μαύρη λίστα.</translation>
    </message>
    <message>
        <source>Routee would call %1 in all.</source>
        <translation>Η Routee θα καλούσε συνολικά %1.</translation>
    </message>
    <message>
        <source>Group “%1”: %2.</source>
        <translation>Ομάδα «%1»: %2.</translation>
    </message>
    <message>
        <source>nobody (empty or unknown)</source>
        <translation>κανείς (κενή ή άγνωστη)</translation>
    </message>
    <message>
        <source>In the groups, %1 besides the contacts named above.</source>
        <translation>Στις ομάδες, %1 επιπλέον των επαφών που αναφέρονται παραπάνω.</translation>
    </message>
    <message>
        <source>%n contact is blacklisted and will not be called: %1.</source>
        <translation>%n επαφή είναι στη μαύρη λίστα και δεν θα κληθεί: %1.</translation>
    </message>
    <message>
        <source>%n contacts are blacklisted and will not be called: %1.</source>
        <translation>%n επαφές είναι στη μαύρη λίστα και δεν θα κληθούν: %1.</translation>
    </message>
    <message>
        <source>The list changed: press Count recipients to ask Routee again.</source>
        <translation>Η λίστα άλλαξε: πατήστε Καταμέτρηση παραληπτών για να ρωτήσετε ξανά τη Routee.</translation>
    </message>
</context>
<context>
    <name>BatchStopped</name>
    <message>
        <source>The provider refused part %1 of %2, so VoiceDesk stopped.</source>
        <translation>Ο πάροχος απέρριψε το τμήμα %1 από %2, γι&apos; αυτό το VoiceDesk σταμάτησε.</translation>
    </message>
    <message>
        <source>The provider refused a part, so VoiceDesk stopped.</source>
        <translation>Ο πάροχος απέρριψε ένα τμήμα, γι&apos; αυτό το VoiceDesk σταμάτησε.</translation>
    </message>
    <message>
        <source>Sent: part %1.</source>
        <translation>Στάλθηκε: τμήμα %1.</translation>
    </message>
    <message>
        <source>Sent: parts %1.</source>
        <translation>Στάλθηκαν: τμήματα %1.</translation>
    </message>
    <message>
        <source>None of the parts was sent.</source>
        <translation>Δεν στάλθηκε κανένα τμήμα.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Δεν στάλθηκε: τμήμα %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Δεν στάλθηκαν: τμήματα %1.</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Η αποστολή σταμάτησε</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>Αποστολή των υπόλοιπων τμημάτων</translation>
    </message>
</context>
<context>
    <name>CallScriptEditor</name>
    <message>
        <source>* (star)</source>
        <translation>* (αστερίσκος)</translation>
    </message>
    <message>
        <source># (hash)</source>
        <translation># (δίεση)</translation>
    </message>
    <message>
        <source>1. Welcome: what the caller hears first</source>
        <translation>1. Καλωσόρισμα: τι ακούει πρώτα ο παραλήπτης</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Καλωσόρισμα</translation>
    </message>
    <message>
        <source>For example: Hello, this is a message from your town hall.</source>
        <translation>Για παράδειγμα: Καλημέρα σας, αυτό είναι ένα μήνυμα από τον δήμο σας.</translation>
    </message>
    <message>
        <source>Listen to the welcome</source>
        <translation>Ακρόαση του καλωσορίσματος</translation>
    </message>
    <message>
        <source>Problem with the welcome</source>
        <translation>Πρόβλημα με το καλωσόρισμα</translation>
    </message>
    <message>
        <source>How many times the welcome is played</source>
        <translation>Πόσες φορές παίζεται το καλωσόρισμα</translation>
    </message>
    <message>
        <source>Times &amp;played:</source>
        <translation>Φορές &amp;αναπαραγωγής:</translation>
    </message>
    <message>
        <source>2. Key-press menu: let the caller choose by pressing a key</source>
        <translation>2. Μενού πλήκτρων: ο παραλήπτης επιλέγει πατώντας ένα πλήκτρο</translation>
    </message>
    <message>
        <source>Key-press menu</source>
        <translation>Μενού πλήκτρων</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Ερώτηση</translation>
    </message>
    <message>
        <source>For example: Press 1 to hear the details again, press 2 to speak to someone.</source>
        <translation>Για παράδειγμα: Πατήστε 1 για να ακούσετε ξανά τις λεπτομέρειες, πατήστε 2 για να μιλήσετε με κάποιον.</translation>
    </message>
    <message>
        <source>Listen to the question</source>
        <translation>Ακρόαση της ερώτησης</translation>
    </message>
    <message>
        <source>Problem with the question</source>
        <translation>Πρόβλημα με την ερώτηση</translation>
    </message>
    <message>
        <source>How many times the question is asked when no key is pressed</source>
        <translation>Πόσες φορές γίνεται η ερώτηση όταν δεν πατιέται κανένα πλήκτρο</translation>
    </message>
    <message>
        <source>When the caller presses no key, the question is asked again, up to this number of times in all</source>
        <translation>Όταν ο παραλήπτης δεν πατά κανένα πλήκτρο, η ερώτηση επαναλαμβάνεται, έως αυτόν τον αριθμό φορών συνολικά</translation>
    </message>
    <message>
        <source>Times &amp;asked:</source>
        <translation>Φορές &amp;ερώτησης:</translation>
    </message>
    <message>
        <source>+ Add a &amp;key</source>
        <translation>+ Προσθήκη &amp;πλήκτρου</translation>
    </message>
    <message>
        <source>Add a key the caller can press</source>
        <translation>Προσθήκη πλήκτρου που μπορεί να πατήσει ο παραλήπτης</translation>
    </message>
    <message>
        <source>Problem with the menu</source>
        <translation>Πρόβλημα με το μενού</translation>
    </message>
    <message>
        <source>3. End: the last words before hanging up (optional)</source>
        <translation>3. Τέλος: τα τελευταία λόγια πριν από το κλείσιμο (προαιρετικό)</translation>
    </message>
    <message>
        <source>End message</source>
        <translation>Μήνυμα λήξης</translation>
    </message>
    <message>
        <source>For example: Thank you, goodbye.</source>
        <translation>Για παράδειγμα: Σας ευχαριστούμε, αντίο.</translation>
    </message>
    <message>
        <source>Listen to the end message</source>
        <translation>Ακρόαση του μηνύματος λήξης</translation>
    </message>
    <message>
        <source>Problem with the end message</source>
        <translation>Πρόβλημα με το μήνυμα λήξης</translation>
    </message>
    <message>
        <source>Detect answering machines and leave this message instead</source>
        <translation>Ανίχνευση τηλεφωνητών και αφήστε αυτό το μήνυμα στη θέση του</translation>
    </message>
    <message>
        <source>Detect answering machines</source>
        <translation>Ανίχνευση τηλεφωνητών</translation>
    </message>
    <message>
        <source>Voicemail message</source>
        <translation>Μήνυμα τηλεφωνητή</translation>
    </message>
    <message>
        <source>For example: This is your town hall: the water will be cut tomorrow from 8 to 12.</source>
        <translation>Για παράδειγμα: Εδώ ο δήμος σας: το νερό θα κοπεί αύριο από τις 8 έως τις 12.</translation>
    </message>
    <message>
        <source>Listen to the voicemail message</source>
        <translation>Ακρόαση του μηνύματος τηλεφωνητή</translation>
    </message>
    <message>
        <source>Problem with the voicemail message</source>
        <translation>Πρόβλημα με το μήνυμα τηλεφωνητή</translation>
    </message>
    <message>
        <source>Hear the whole call when the caller &amp;presses:</source>
        <translation>Ακρόαση όλης της κλήσης όταν ο παραλήπτης &amp;πατά:</translation>
    </message>
    <message>
        <source>Key the caller presses in Play all</source>
        <translation>Πλήκτρο που πατά ο παραλήπτης στην Αναπαραγωγή όλων</translation>
    </message>
    <message>
        <source>▶ Play &amp;all</source>
        <translation>▶ Αναπαραγωγή ό&amp;λων</translation>
    </message>
    <message>
        <source>Play the whole call as the caller hears it</source>
        <translation>Αναπαραγωγή όλης της κλήσης όπως την ακούει ο παραλήπτης</translation>
    </message>
    <message>
        <source>no key (welcome, question, end)</source>
        <translation>κανένα πλήκτρο (καλωσόρισμα, ερώτηση, τέλος)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>πλήκτρο %1</translation>
    </message>
    <message>
        <source>an answering machine picks up</source>
        <translation>απαντά τηλεφωνητής</translation>
    </message>
    <message>
        <source>Write what the caller hears first, or give the address of a recording.</source>
        <translation>Γράψτε τι ακούει πρώτα ο παραλήπτης ή δώστε τη διεύθυνση μιας ηχογράφησης.</translation>
    </message>
    <message>
        <source>Write the message left on answering machines, or turn detection off.</source>
        <translation>Γράψτε το μήνυμα που αφήνεται στους τηλεφωνητές ή απενεργοποιήστε την ανίχνευση.</translation>
    </message>
    <message>
        <source>Write the question that tells the caller which key to press.</source>
        <translation>Γράψτε την ερώτηση που λέει στον παραλήπτη ποιο πλήκτρο να πατήσει.</translation>
    </message>
    <message>
        <source>Add at least one key the caller can press, or turn the menu off.</source>
        <translation>Προσθέστε τουλάχιστον ένα πλήκτρο που μπορεί να πατήσει ο παραλήπτης ή απενεργοποιήστε το μενού.</translation>
    </message>
    <message>
        <source>Write what the caller hears after pressing %1.</source>
        <translation>Γράψτε τι ακούει ο παραλήπτης αφού πατήσει %1.</translation>
    </message>
    <message>
        <source>Key %1 is used twice: choose another key.</source>
        <translation>Το πλήκτρο %1 χρησιμοποιείται δύο φορές: επιλέξτε άλλο πλήκτρο.</translation>
    </message>
    <message>
        <source>Give the number to transfer the caller to.</source>
        <translation>Δώστε τον αριθμό στον οποίο θα μεταφερθεί η κλήση.</translation>
    </message>
    <message>
        <source>The address of a recording starts with https://</source>
        <translation>Η διεύθυνση μιας ηχογράφησης ξεκινά με https://</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Πάροχος</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκε</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Υποβολή</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Κλήσεις</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Προετοιμασία</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Έγινε δεκτή από τον πάροχο</translation>
    </message>
    <message>
        <source>Not confirmed yet: checking with the provider</source>
        <translation>Δεν έχει επιβεβαιωθεί ακόμη: γίνεται έλεγχος με τον πάροχο</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Δεν στάλθηκε</translation>
    </message>
    <message>
        <source>Not sent (checked with the provider)</source>
        <translation>Δεν στάλθηκε (ελέγχθηκε με τον πάροχο)</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Αναμονή έναρξης</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Προγραμματισμένη</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Σε ουρά</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Κλήσεις σε εξέλιξη</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 accepted; the others were not sent</source>
        <translation>%1 από %2 έγιναν δεκτές· οι υπόλοιπες δεν στάλθηκαν</translation>
    </message>
    <message>
        <source>%1 — %n campaign</source>
        <translation>%1 — %n καμπάνια</translation>
    </message>
    <message>
        <source>%1 — %n campaigns</source>
        <translation>%1 — %n καμπάνιες</translation>
    </message>
    <message>
        <source>Sandbox (practice)</source>
        <translation>Sandbox (εξάσκηση)</translation>
    </message>
    <message>
        <source>An account not set up here</source>
        <translation>Λογαριασμός που δεν έχει ρυθμιστεί εδώ</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (αφαιρέθηκε)</translation>
    </message>
    <message>
        <source>Practice on the Sandbox: nobody was called and nothing was charged.</source>
        <translation>Εξάσκηση στο Sandbox: δεν κλήθηκε κανείς και δεν χρεώθηκε τίποτα.</translation>
    </message>
    <message>
        <source>This account is not set up on this computer any more, so the campaign cannot be followed. Add the account again in Tools → Accounts, with the same application id, to follow it.</source>
        <translation>Αυτός ο λογαριασμός δεν είναι πια ρυθμισμένος σε αυτόν τον υπολογιστή, οπότε η καμπάνια δεν μπορεί να παρακολουθηθεί. Προσθέστε ξανά τον λογαριασμό στα Εργαλεία → Λογαριασμοί, με το ίδιο αναγνωριστικό εφαρμογής, για να την παρακολουθήσετε.</translation>
    </message>
    <message>
        <source>Real calls, charged to the account “%1”.</source>
        <translation>Πραγματικές κλήσεις, με χρέωση στον λογαριασμό «%1».</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&lt;h2&gt;Campaigns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Καμπάνιες&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No campaign sent yet. When you send one from step 4, it shows here with its calls as they happen.</source>
        <translation>Δεν έχει σταλεί ακόμη καμπάνια. Όταν στείλετε μία από το βήμα 4, θα εμφανιστεί εδώ μαζί με τις κλήσεις της καθώς γίνονται.</translation>
    </message>
    <message>
        <source>Campaigns sent</source>
        <translation>Καμπάνιες που στάλθηκαν</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Ανανέωση τώρα</translation>
    </message>
    <message>
        <source>&amp;Check with the provider</source>
        <translation>Έ&amp;λεγχος με τον πάροχο</translation>
    </message>
    <message>
        <source>Ask the provider whether this campaign was created. It is never sent twice.</source>
        <translation>Ερώτηση στον πάροχο αν δημιουργήθηκε αυτή η καμπάνια. Δεν στέλνεται ποτέ δύο φορές.</translation>
    </message>
    <message>
        <source>Send the remaining &amp;parts…</source>
        <translation>Αποστολή των υπόλοιπων &amp;τμημάτων…</translation>
    </message>
    <message>
        <source>Send the parts of this campaign that certainly were not sent. Parts that went out are never sent again.</source>
        <translation>Αποστολή των τμημάτων αυτής της καμπάνιας που σίγουρα δεν στάλθηκαν. Τμήματα που έχουν φύγει δεν στέλνονται ποτέ ξανά.</translation>
    </message>
    <message>
        <source>Reference at the provider: %1</source>
        <translation>Αναφορά στον πάροχο: %1</translation>
    </message>
    <message>
        <source>provider id %1</source>
        <translation>αναγνωριστικό παρόχου %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Τελευταίο πρόβλημα: %1</translation>
    </message>
    <message>
        <source>Sent as %n campaign.</source>
        <translation>Στάλθηκε ως %n καμπάνια.</translation>
    </message>
    <message>
        <source>Sent as %n campaigns because the provider takes a limited number of recipients per campaign.</source>
        <translation>Στάλθηκε ως %n καμπάνιες, επειδή ο πάροχος δέχεται περιορισμένο αριθμό παραληπτών ανά καμπάνια.</translation>
    </message>
    <message>
        <source>Not sent: part %1.</source>
        <translation>Δεν στάλθηκε: τμήμα %1.</translation>
    </message>
    <message>
        <source>Not sent: parts %1.</source>
        <translation>Δεν στάλθηκαν: τμήματα %1.</translation>
    </message>
    <message>
        <source>Send the %n remaining part (%1 calls)? This is a paid service.</source>
        <translation>Να σταλεί το %n υπόλοιπο τμήμα (%1 κλήσεις); Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Send the %n remaining parts (%1 calls)? This is a paid service.</source>
        <translation>Να σταλούν τα %n υπόλοιπα τμήματα (%1 κλήσεις); Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Only the parts that certainly were not sent go out: %1.</source>
        <translation>Φεύγουν μόνο τα τμήματα που σίγουρα δεν στάλθηκαν: %1.</translation>
    </message>
    <message>
        <source>Send the remaining parts</source>
        <translation>Αποστολή των υπόλοιπων τμημάτων</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>When the caller presses</source>
        <translation>Όταν ο παραλήπτης πατά</translation>
    </message>
    <message>
        <source>speak this text</source>
        <translation>εκφώνηση αυτού του κειμένου</translation>
    </message>
    <message>
        <source>play a recording from its address</source>
        <translation>αναπαραγωγή ηχογράφησης από τη διεύθυνσή της</translation>
    </message>
    <message>
        <source>transfer the call to a number</source>
        <translation>μεταφορά της κλήσης σε αριθμό</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Ακρόαση</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>For example: The water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Για παράδειγμα: Το νερό θα κοπεί αύριο από τις 8 έως τις 12.</translation>
    </message>
    <message>
        <source>Times played:</source>
        <translation>Φορές αναπαραγωγής:</translation>
    </message>
    <message>
        <source>For example: +32 2 555 01 00</source>
        <translation>Για παράδειγμα: +32 2 555 01 00</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Αριθμός:</translation>
    </message>
    <message>
        <source> attempt(s)</source>
        <translation> προσπάθεια(ες)</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> δευτερόλεπτα</translation>
    </message>
    <message>
        <source>How many times the number is called if nobody answers (1 to 3)</source>
        <translation>Πόσες φορές καλείται ο αριθμός αν δεν απαντήσει κανείς (1 έως 3)</translation>
    </message>
    <message>
        <source>How long the number rings each time before giving up (5 to 30 seconds)</source>
        <translation>Πόσο χτυπά ο αριθμός κάθε φορά πριν από την εγκατάλειψη (5 έως 30 δευτερόλεπτα)</translation>
    </message>
    <message>
        <source>ringing for up to</source>
        <translation>με κουδούνισμα έως</translation>
    </message>
    <message>
        <source>each</source>
        <translation>η καθεμία</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Προσπάθειες:</translation>
    </message>
    <message>
        <source>Optional: heard only by the person who answers, before the caller is put through</source>
        <translation>Προαιρετικό: το ακούει μόνο όποιος απαντήσει, πριν συνδεθεί ο καλών</translation>
    </message>
    <message>
        <source>&amp;Whisper:</source>
        <translation>&amp;Ψίθυρος:</translation>
    </message>
    <message>
        <source>Key of this choice</source>
        <translation>Πλήκτρο αυτής της επιλογής</translation>
    </message>
    <message>
        <source>What happens when the caller presses %1</source>
        <translation>Τι γίνεται όταν ο παραλήπτης πατά %1</translation>
    </message>
    <message>
        <source>Text spoken after key %1</source>
        <translation>Κείμενο που εκφωνείται μετά το πλήκτρο %1</translation>
    </message>
    <message>
        <source>Recording address played after key %1</source>
        <translation>Διεύθυνση της ηχογράφησης που παίζεται μετά το πλήκτρο %1</translation>
    </message>
    <message>
        <source>Number the caller is transferred to after key %1</source>
        <translation>Αριθμός στον οποίο μεταφέρεται η κλήση μετά το πλήκτρο %1</translation>
    </message>
    <message>
        <source>How many times the transfer number is tried</source>
        <translation>Πόσες φορές δοκιμάζεται ο αριθμός μεταφοράς</translation>
    </message>
    <message>
        <source>How long the transfer number rings each time, in seconds</source>
        <translation>Πόσο χτυπά ο αριθμός μεταφοράς κάθε φορά, σε δευτερόλεπτα</translation>
    </message>
    <message>
        <source>Whisper heard by the person who answers the transfer</source>
        <translation>Ψίθυρος που ακούει όποιος απαντά στη μεταφορά</translation>
    </message>
    <message>
        <source>Listen to the whisper for key %1</source>
        <translation>Ακρόαση του ψιθύρου για το πλήκτρο %1</translation>
    </message>
    <message>
        <source>How many times the message of key %1 is played</source>
        <translation>Πόσες φορές παίζεται το μήνυμα του πλήκτρου %1</translation>
    </message>
    <message>
        <source>Listen to the message of key %1</source>
        <translation>Ακρόαση του μηνύματος του πλήκτρου %1</translation>
    </message>
    <message>
        <source>Remove the choice for key %1</source>
        <translation>Αφαίρεση της επιλογής για το πλήκτρο %1</translation>
    </message>
    <message>
        <source>Problem with key %1</source>
        <translation>Πρόβλημα με το πλήκτρο %1</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Which column has the phone numbers?</source>
        <translation>Ποια στήλη έχει τους αριθμούς τηλεφώνου;</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers:</source>
        <translation>Επιλέξτε τη στήλη που περιέχει τους αριθμούς τηλεφώνου:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Στήλες του αρχείου</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Στήλη {number}</translation>
    </message>
    <message>
        <source>&amp;Import this column</source>
        <translation>&amp;Εισαγωγή αυτής της στήλης</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&lt;h2&gt;3. Delivery&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. Παράδοση&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Problem with this setting</source>
        <translation>Πρόβλημα με αυτή τη ρύθμιση</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Αριθμός καλούντος</translation>
    </message>
    <message>
        <source>&amp;Number people see:</source>
        <translation>&amp;Αριθμός που βλέπουν οι παραλήπτες:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Αποστολή &amp;τώρα</translation>
    </message>
    <message>
        <source>Send as soon as the campaign is sent</source>
        <translation>Κλήσεις μόλις σταλεί η καμπάνια</translation>
    </message>
    <message>
        <source>At a &amp;date and time</source>
        <translation>Σε &amp;ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Send at a date and time</source>
        <translation>Αποστολή σε ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Date and time of the calls</source>
        <translation>Ημερομηνία και ώρα των κλήσεων</translation>
    </message>
    <message>
        <source>Da&amp;te and time:</source>
        <translation>Ημερομηνία &amp;και ώρα:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Ζώνη ώρας</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Ζώνη ώρας:</translation>
    </message>
    <message>
        <source>When the calls start, in words</source>
        <translation>Πότε ξεκινούν οι κλήσεις, με λόγια</translation>
    </message>
    <message>
        <source>UTC (universal time)</source>
        <translation>UTC (συντονισμένη παγκόσμια ώρα)</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Ώρες κλήσεων</translation>
    </message>
    <message>
        <source>Respect &amp;quiet hours</source>
        <translation>Τήρηση ωρών &amp;ησυχίας</translation>
    </message>
    <message>
        <source>Respect quiet hours</source>
        <translation>Τήρηση ωρών ησυχίας</translation>
    </message>
    <message>
        <source>Routee&apos;s rule: no calls between 23:00 and 08:00, nor between 14:00 and 17:00, in each person&apos;s own local time. Routee documents these hours for text messages and does not say whether calls falling in them wait or are dropped; countries spanning several time zones are not covered.</source>
        <translation>Κανόνας της Routee: καμία κλήση μεταξύ 23:00 και 08:00, ούτε μεταξύ 14:00 και 17:00, στην τοπική ώρα κάθε παραλήπτη. Η Routee τεκμηριώνει αυτές τις ώρες για γραπτά μηνύματα και δεν λέει αν οι κλήσεις που πέφτουν σε αυτές περιμένουν ή ακυρώνονται· χώρες με πολλές ζώνες ώρας δεν καλύπτονται.</translation>
    </message>
    <message>
        <source>What quiet hours mean</source>
        <translation>Τι σημαίνουν οι ώρες ησυχίας</translation>
    </message>
    <message>
        <source>Calendar of calling hours</source>
        <translation>Ημερολόγιο ωρών κλήσεων</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Επανα&amp;φόρτωση λίστας</translation>
    </message>
    <message>
        <source>Reload the calendars from the account</source>
        <translation>Επαναφόρτωση των ημερολογίων από τον λογαριασμό</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ημερο&amp;λόγιο:</translation>
    </message>
    <message>
        <source>Next open time of the calendar</source>
        <translation>Επόμενη ώρα λειτουργίας του ημερολογίου</translation>
    </message>
    <message>
        <source>Naxai waits for the calendar&apos;s next open time before calling. Calendars are set up in your Naxai account.</source>
        <translation>Η Naxai περιμένει την επόμενη ώρα λειτουργίας του ημερολογίου πριν καλέσει. Τα ημερολόγια ρυθμίζονται στον λογαριασμό σας στη Naxai.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Επαναλήψεις</translation>
    </message>
    <message>
        <source>No retry</source>
        <translation>Χωρίς επανάληψη</translation>
    </message>
    <message>
        <source>Number of retries</source>
        <translation>Αριθμός επαναλήψεων</translation>
    </message>
    <message>
        <source>Number of retr&amp;ies:</source>
        <translation>Αριθμός ε&amp;παναλήψεων:</translation>
    </message>
    <message>
        <source>Wait before retry %1</source>
        <translation>Αναμονή πριν από την επανάληψη %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>λεπτά</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ώρες</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ημέρες</translation>
    </message>
    <message>
        <source>Unit of the wait before retry %1</source>
        <translation>Μονάδα της αναμονής πριν από την επανάληψη %1</translation>
    </message>
    <message>
        <source>Retry %1 after</source>
        <translation>Επανάληψη %1 μετά από</translation>
    </message>
    <message>
        <source>Also retry when the person answered but pressed &amp;no key</source>
        <translation>Επανάληψη και όταν ο παραλήπτης απάντησε αλλά δεν πάτησε &amp;κανένα πλήκτρο</translation>
    </message>
    <message>
        <source>Retry when no key was pressed</source>
        <translation>Επανάληψη όταν δεν πατήθηκε κανένα πλήκτρο</translation>
    </message>
    <message>
        <source>Retry when the call &amp;failed (busy, no answer, error)</source>
        <translation>Επανάληψη όταν η κλήση α&amp;πέτυχε (κατειλημμένο, χωρίς απάντηση, σφάλμα)</translation>
    </message>
    <message>
        <source>Retry when the call failed</source>
        <translation>Επανάληψη όταν η κλήση απέτυχε</translation>
    </message>
    <message>
        <source>Naxai allows up to 3 retries, each at most 3 days after the previous call.</source>
        <translation>Η Naxai επιτρέπει έως 3 επαναλήψεις, καθεμία το πολύ 3 ημέρες μετά την προηγούμενη κλήση.</translation>
    </message>
    <message>
        <source>Key presses and ringing</source>
        <translation>Πατήματα πλήκτρων και κουδούνισμα</translation>
    </message>
    <message>
        <source>Collect &amp;key presses at the end of the message</source>
        <translation>Συλλογή &amp;πατημάτων πλήκτρων στο τέλος του μηνύματος</translation>
    </message>
    <message>
        <source>Collect key presses</source>
        <translation>Συλλογή πατημάτων πλήκτρων</translation>
    </message>
    <message>
        <source>Routee&apos;s default</source>
        <translation>Προεπιλογή της Routee</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> δευτερόλεπτα</translation>
    </message>
    <message>
        <source>Seconds to wait for key presses</source>
        <translation>Δευτερόλεπτα αναμονής για πατήματα πλήκτρων</translation>
    </message>
    <message>
        <source>&amp;Wait for key presses:</source>
        <translation>Αναμονή για πατήματα &amp;πλήκτρων:</translation>
    </message>
    <message>
        <source>Until the network gives up</source>
        <translation>Μέχρι να εγκαταλείψει το δίκτυο</translation>
    </message>
    <message>
        <source>How long to let the phone ring</source>
        <translation>Πόσο θα χτυπά το τηλέφωνο</translation>
    </message>
    <message>
        <source>Let the phone &amp;ring for:</source>
        <translation>Το τηλέφωνο να &amp;χτυπά για:</translation>
    </message>
    <message>
        <source>Call pace</source>
        <translation>Ρυθμός κλήσεων</translation>
    </message>
    <message>
        <source>As fast as Naxai can call</source>
        <translation>Όσο γρήγορα μπορεί να καλεί η Naxai</translation>
    </message>
    <message>
        <source>Spread out by a load distribution set up in Naxai</source>
        <translation>Κατανεμημένες σύμφωνα με κατανομή φόρτου που έχει ρυθμιστεί στη Naxai</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ρυθμός:</translation>
    </message>
    <message>
        <source>Name of the load distribution</source>
        <translation>Όνομα της κατανομής φόρτου</translation>
    </message>
    <message>
        <source>Load distribution &amp;name:</source>
        <translation>Ό&amp;νομα της κατανομής φόρτου:</translation>
    </message>
    <message>
        <source>Status notifications to your web server (optional)</source>
        <translation>Ειδοποιήσεις κατάστασης στον διακομιστή web σας (προαιρετικό)</translation>
    </message>
    <message>
        <source>For each &amp;call:</source>
        <translation>Για κάθε &amp;κλήση:</translation>
    </message>
    <message>
        <source>Notification address for each call</source>
        <translation>Διεύθυνση ειδοποίησης για κάθε κλήση</translation>
    </message>
    <message>
        <source>For the whole ca&amp;mpaign:</source>
        <translation>Για όλη την κα&amp;μπάνια:</translation>
    </message>
    <message>
        <source>Notification address for the campaign</source>
        <translation>Διεύθυνση ειδοποίησης για την καμπάνια</translation>
    </message>
    <message>
        <source>at every change</source>
        <translation>σε κάθε αλλαγή</translation>
    </message>
    <message>
        <source>on completion only</source>
        <translation>μόνο στην ολοκλήρωση</translation>
    </message>
    <message>
        <source>When to notify: %1</source>
        <translation>Πότε να γίνεται ειδοποίηση: %1</translation>
    </message>
    <message>
        <source>Routee sends each status to this HTTPS address. Leave empty if you do not run such a server: the Campaigns list follows progress anyway.</source>
        <translation>Η Routee στέλνει κάθε κατάσταση σε αυτή τη διεύθυνση HTTPS. Αφήστε το κενό αν δεν έχετε τέτοιον διακομιστή: η λίστα Καμπάνιες παρακολουθεί την πρόοδο έτσι κι αλλιώς.</translation>
    </message>
    <message>
        <source>No calendar: call at any time</source>
        <translation>Χωρίς ημερολόγιο: κλήσεις οποιαδήποτε ώρα</translation>
    </message>
    <message>
        <source>Calendar chosen earlier (%1)</source>
        <translation>Ημερολόγιο που επιλέχθηκε προηγουμένως (%1)</translation>
    </message>
    <message>
        <source>Digits only, up to %1 characters (a leading + is allowed). Routee shows a name as “Unknown”.</source>
        <translation>Μόνο ψηφία, έως %1 χαρακτήρες (επιτρέπεται ένα + στην αρχή). Η Routee εμφανίζει ένα όνομα ως «Unknown».</translation>
    </message>
    <message>
        <source>The full international number without +, %1 to %2 digits.</source>
        <translation>Ο πλήρης διεθνής αριθμός χωρίς +, %1 έως %2 ψηφία.</translation>
    </message>
</context>
<context>
    <name>DeliveryViewModel</name>
    <message>
        <source>The calls start as soon as you send the campaign.</source>
        <translation>Οι κλήσεις ξεκινούν μόλις στείλετε την καμπάνια.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time} {place} time</source>
        <translation>{weekday} {day} {month}{year}, {time} (ώρα {place})</translation>
    </message>
    <message>
        <source>The calls start on %1.</source>
        <translation>Οι κλήσεις ξεκινούν την %1.</translation>
    </message>
    <message>
        <source>The calls start on %1 (%2 UTC).</source>
        <translation>Οι κλήσεις ξεκινούν την %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>This calendar has no open time coming up: calls would wait.</source>
        <translation>Αυτό το ημερολόγιο δεν έχει επερχόμενη ώρα λειτουργίας: οι κλήσεις θα περίμεναν.</translation>
    </message>
    <message>
        <source>Open at that time: calls start right away.</source>
        <translation>Ανοιχτό εκείνη την ώρα: οι κλήσεις ξεκινούν αμέσως.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}{year}, {time}</source>
        <translation>{weekday} {day} {month}{year}, {time}</translation>
    </message>
    <message>
        <source>Closed at that time; next open: %1</source>
        <translation>Κλειστό εκείνη την ώρα· επόμενο άνοιγμα: %1</translation>
    </message>
    <message>
        <source>The calendars could not be loaded from the account: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των ημερολογίων από τον λογαριασμό: %1</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Numbers on this list are never called, in any campaign: they are left out before every send.</source>
        <translation>Οι αριθμοί αυτής της λίστας δεν καλούνται ποτέ, σε καμία καμπάνια: αφαιρούνται πριν από κάθε αποστολή.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Προεπιλεγμένη χώρα</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Οι αριθμοί χωρίς κωδικό χώρας είναι σε:</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Αριθμοί για προσθήκη</translation>
    </message>
    <message>
        <source>Type or paste numbers to add, one per line or separated by commas or semicolons</source>
        <translation>Πληκτρολογήστε ή επικολλήστε τους αριθμούς για προσθήκη, έναν ανά γραμμή ή χωρισμένους με κόμματα ή ερωτηματικά</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Note or reason (optional), for example: asked not to be called</source>
        <translation>Σημείωση ή αιτία (προαιρετικά), για παράδειγμα: ζήτησε να μην καλείται</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Προσθήκη στη λίστα</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Τι μόλις συνέβη</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ανα&amp;ίρεση</translation>
    </message>
    <message>
        <source>Put the removed numbers back</source>
        <translation>Επαναφορά των αριθμών που αφαιρέθηκαν</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Αναζήτηση στη λίστα</translation>
    </message>
    <message>
        <source>Search by number or note</source>
        <translation>Αναζήτηση κατά αριθμό ή σημείωση</translation>
    </message>
    <message>
        <source>How many numbers the search shows</source>
        <translation>Πόσους αριθμούς δείχνει η αναζήτηση</translation>
    </message>
    <message>
        <source>Numbers on the do-not-call list</source>
        <translation>Αριθμοί στη λίστα «μην καλείτε»</translation>
    </message>
    <message>
        <source>Remove the selected numbers</source>
        <translation>Αφαίρεση των επιλεγμένων αριθμών</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Πρόοδος της εισαγωγής</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Ακύρωση της εισαγωγής</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Αφαίρεση επιλεγμένων</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Ει&amp;σαγωγή από αρχείο…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Ε&amp;ξαγωγή σε CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Do-not-call list (%n number)</source>
        <translation>Λίστα «μην καλείτε» (%n αριθμός)</translation>
    </message>
    <message>
        <source>Do-not-call list (%n numbers)</source>
        <translation>Λίστα «μην καλείτε» (%n αριθμοί)</translation>
    </message>
    <message>
        <source>%n of %1 shown</source>
        <translation>Εμφανίζεται %n από %1</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>Ελέγχθηκαν {done} από {total} αριθμούς</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Λίστα «μην καλείτε»</translation>
    </message>
    <message>
        <source>Remove numbers</source>
        <translation>Αφαίρεση αριθμών</translation>
    </message>
    <message>
        <source>Remove %n number from the do-not-call list?</source>
        <translation>Να αφαιρεθεί %n αριθμός από τη λίστα «μην καλείτε»;</translation>
    </message>
    <message>
        <source>Remove %n numbers from the do-not-call list?</source>
        <translation>Να αφαιρεθούν %n αριθμοί από τη λίστα «μην καλείτε»;</translation>
    </message>
    <message>
        <source>Remove %n number</source>
        <translation>Αφαίρεση %n αριθμού</translation>
    </message>
    <message>
        <source>Remove %n numbers</source>
        <translation>Αφαίρεση %n αριθμών</translation>
    </message>
    <message>
        <source>Removed numbers may be called by the next campaign.</source>
        <translation>Οι αριθμοί που αφαιρούνται μπορεί να κληθούν από την επόμενη καμπάνια.</translation>
    </message>
    <message>
        <source>Import numbers not to call</source>
        <translation>Εισαγωγή αριθμών που δεν πρέπει να καλούνται</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Υπολογιστικά φύλλα και λίστες (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <translation>Εξαγωγή της λίστας «μην καλείτε»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>do-not-call list.csv</source>
        <translation>λίστα μην καλείτε.csv</translation>
    </message>
</context>
<context>
    <name>DoNotCallViewModel</name>
    <message>
        <source>%n number removed from the list; it may be called again.</source>
        <translation>%n αριθμός αφαιρέθηκε από τη λίστα· μπορεί να κληθεί ξανά.</translation>
    </message>
    <message>
        <source>%n numbers removed from the list; they may be called again.</source>
        <translation>%n αριθμοί αφαιρέθηκαν από τη λίστα· μπορεί να κληθούν ξανά.</translation>
    </message>
    <message>
        <source>%n number put back on the list.</source>
        <translation>%n αριθμός επανήλθε στη λίστα.</translation>
    </message>
    <message>
        <source>%n numbers put back on the list.</source>
        <translation>%n αριθμοί επανήλθαν στη λίστα.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Εισήχθη από %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Η εισαγωγή ακυρώθηκε· δεν προστέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>%n number saved to %1.</source>
        <translation>%n αριθμός αποθηκεύτηκε στο %1.</translation>
    </message>
    <message>
        <source>%n numbers saved to %1.</source>
        <translation>%n αριθμοί αποθηκεύτηκαν στο %1.</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>Προστέθηκαν: %n</translation>
    </message>
    <message>
        <source>%n already on the list</source>
        <translation>ήδη στη λίστα: %n</translation>
    </message>
    <message>
        <source>%n repeated</source>
        <translation>επαναλαμβάνονται: %n</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>και %n ακόμη</translation>
    </message>
    <message>
        <source>%n not a phone number: %1</source>
        <translation>%n δεν είναι αριθμός τηλεφώνου: %1</translation>
    </message>
    <message>
        <source>%n not phone numbers: %1</source>
        <translation>%n δεν είναι αριθμοί τηλεφώνου: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the list could not be saved. Free some space and try again.</source>
        <translation>Ο δίσκος είναι γεμάτος, οπότε η λίστα δεν αποθηκεύτηκε. Ελευθερώστε χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to save in this folder. Choose another folder.</source>
        <translation>Το VoiceDesk δεν επιτρέπεται να αποθηκεύσει σε αυτόν τον φάκελο. Επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>This folder does not exist any more. Choose another folder.</source>
        <translation>Αυτός ο φάκελος δεν υπάρχει πια. Επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file name.</source>
        <translation>Αυτό είναι φάκελος, όχι αρχείο. Επιλέξτε όνομα αρχείου.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της λίστας εκεί. Επιλέξτε άλλον φάκελο.</translation>
    </message>
</context>
<context>
    <name>DraftAccountViewModel</name>
    <message>
        <source>Sandbox (practice: nobody is called, nothing is charged)</source>
        <translation>Sandbox (εξάσκηση: δεν καλείται κανείς, δεν χρεώνεται τίποτα)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This draft was set to send with an account that is not set up on this computer, so it now uses the Sandbox: nobody is called. Choose a real account in step 4 before sending.</source>
        <translation>Αυτό το πρόχειρο είχε οριστεί να σταλεί με λογαριασμό που δεν έχει ρυθμιστεί σε αυτόν τον υπολογιστή, οπότε τώρα χρησιμοποιεί το Sandbox: δεν καλείται κανείς. Επιλέξτε πραγματικό λογαριασμό στο βήμα 4 πριν από την αποστολή.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, so this draft now uses the Sandbox: nobody is called. Choose another account in step 4 before sending.</source>
        <translation>Ο λογαριασμός «%1» αφαιρέθηκε, οπότε αυτό το πρόχειρο χρησιμοποιεί τώρα το Sandbox: δεν καλείται κανείς. Επιλέξτε άλλον λογαριασμό στο βήμα 4 πριν από την αποστολή.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now uses the Sandbox for %3: nobody is called. Choose a %3 account in step 4 to send for real.</source>
        <translation>Ο λογαριασμός «%1» στέλνει μόνο καμπάνιες %2, οπότε αυτό το πρόχειρο χρησιμοποιεί τώρα το Sandbox για %3: δεν καλείται κανείς. Επιλέξτε λογαριασμό %3 στο βήμα 4 για πραγματική αποστολή.</translation>
    </message>
    <message>
        <source>“%1” sends only %2 campaigns, so this draft now sends %3 calls with “%4”.</source>
        <translation>Ο λογαριασμός «%1» στέλνει μόνο καμπάνιες %2, οπότε αυτό το πρόχειρο στέλνει τώρα κλήσεις %3 με «%4».</translation>
    </message>
</context>
<context>
    <name>DraftProblem</name>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list.</source>
        <translation>Η «{zone}» δεν είναι ζώνη ώρας γνωστή σε αυτόν τον υπολογιστή. Επιλέξτε μία από τη λίστα.</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {place} time: the clocks go forward that night and skip it. Choose a time an hour later or earlier.</source>
        <translation>Η ώρα {time} στις {date} δεν υπάρχει στην ώρα {place}: εκείνη τη νύχτα τα ρολόγια πάνε μπροστά και την παραλείπουν. Επιλέξτε μια ώρα μία ώρα αργότερα ή νωρίτερα.</translation>
    </message>
    <message>
        <source>{time} on {date} happens twice in {place} time: the clocks go back that night. Choose a time outside that hour, or say which of the two you mean.</source>
        <translation>Η ώρα {time} στις {date} εμφανίζεται δύο φορές στην ώρα {place}: εκείνη τη νύχτα τα ρολόγια γυρίζουν πίσω. Επιλέξτε μια ώρα εκτός αυτής της ώρας ή πείτε ποια από τις δύο εννοείτε.</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the first one (summer time).</source>
        <translation>Η ώρα {time} εμφανίζεται δύο φορές εκείνη τη νύχτα στην ώρα {place} (τα ρολόγια γυρίζουν πίσω)· η κλήση έχει οριστεί για την πρώτη (θερινή ώρα).</translation>
    </message>
    <message>
        <source>{time} happens twice that night in {place} time (the clocks go back); the call is set for the second one (winter time).</source>
        <translation>Η ώρα {time} εμφανίζεται δύο φορές εκείνη τη νύχτα στην ώρα {place} (τα ρολόγια γυρίζουν πίσω)· η κλήση έχει οριστεί για τη δεύτερη (χειμερινή ώρα).</translation>
    </message>
    <message>
        <source>Enter the number people will see when they are called.</source>
        <translation>Εισαγάγετε τον αριθμό που θα βλέπουν οι παραλήπτες όταν τους καλείτε.</translation>
    </message>
    <message>
        <source>Routee needs digits only (a leading + is allowed), at most {limit} characters, for example {example}.</source>
        <translation>Η Routee δέχεται μόνο ψηφία (επιτρέπεται ένα + στην αρχή), το πολύ {limit} χαρακτήρες, για παράδειγμα {example}.</translation>
    </message>
    <message>
        <source>Naxai needs the full international number, {low} to {high} digits, for example {example}.</source>
        <translation>Η Naxai χρειάζεται τον πλήρη διεθνή αριθμό, {low} έως {high} ψηφία, για παράδειγμα {example}.</translation>
    </message>
    <message>
        <source>The address must be a full web address starting with https://.</source>
        <translation>Η διεύθυνση πρέπει να είναι πλήρης διεύθυνση web που ξεκινά με https://.</translation>
    </message>
    <message>
        <source>Choose between 0 and 3 retries.</source>
        <translation>Επιλέξτε από 0 έως 3 επαναλήψεις.</translation>
    </message>
    <message>
        <source>Give one waiting time per retry: {retries} retries need {retries} waiting times, there are {count}.</source>
        <translation>Δώστε έναν χρόνο αναμονής ανά επανάληψη: {retries} επαναλήψεις χρειάζονται {retries} χρόνους αναμονής, υπάρχουν {count}.</translation>
    </message>
    <message>
        <source>Retry {number}: the wait must be at most 3 days ({limit} minutes); it is {delay}.</source>
        <translation>Επανάληψη {number}: η αναμονή πρέπει να είναι το πολύ 3 ημέρες ({limit} λεπτά)· τώρα είναι {delay}.</translation>
    </message>
    <message>
        <source>Choose the time zone from the list.</source>
        <translation>Επιλέξτε τη ζώνη ώρας από τη λίστα.</translation>
    </message>
    <message>
        <source>{when} has already passed. Choose a later time, or send now.</source>
        <translation>Η στιγμή {when} έχει ήδη περάσει. Επιλέξτε μεταγενέστερη ώρα ή στείλτε τώρα.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set how long to wait for key presses.</source>
        <translation>Ενεργοποιήστε τη συλλογή πατημάτων πλήκτρων για να ορίσετε πόσο θα περιμένει για πατήματα πλήκτρων.</translation>
    </message>
    <message>
        <source>Wait between 1 and {limit} seconds for key presses.</source>
        <translation>Η αναμονή για πατήματα πλήκτρων πρέπει να είναι από 1 έως {limit} δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Let the phone ring between 1 and {limit} seconds.</source>
        <translation>Αφήστε το τηλέφωνο να χτυπά από 1 έως {limit} δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Give the name of the load distribution set up in Naxai, or choose none.</source>
        <translation>Δώστε το όνομα της κατανομής φόρτου που έχει ρυθμιστεί στη Naxai ή επιλέξτε καμία.</translation>
    </message>
    <message>
        <source>Write what the caller hears, or give the address of a recording.</source>
        <translation>Γράψτε τι ακούει ο παραλήπτης ή δώστε τη διεύθυνση μιας ηχογράφησης.</translation>
    </message>
    <message>
        <source>Use either spoken text or a recording here, not both.</source>
        <translation>Χρησιμοποιήστε εδώ είτε εκφωνούμενο κείμενο είτε ηχογράφηση, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>The transfer number must be a full international number, 8 to 15 digits.</source>
        <translation>Ο αριθμός μεταφοράς πρέπει να είναι πλήρης διεθνής αριθμός, 8 έως 15 ψηφία.</translation>
    </message>
    <message>
        <source>A key-press menu needs at least one key.</source>
        <translation>Ένα μενού πλήκτρων χρειάζεται τουλάχιστον ένα πλήκτρο.</translation>
    </message>
    <message>
        <source>Key {key} is used twice in the menu.</source>
        <translation>Το πλήκτρο {key} χρησιμοποιείται δύο φορές στο μενού.</translation>
    </message>
    <message>
        <source>Say what happens when the caller presses {key}.</source>
        <translation>Πείτε τι γίνεται όταν ο παραλήπτης πατά {key}.</translation>
    </message>
    <message>
        <source>Write the text the callers will hear.</source>
        <translation>Γράψτε το κείμενο που θα ακούσουν οι παραλήπτες.</translation>
    </message>
    <message>
        <source>Give the public web address (https://...) of the recording.</source>
        <translation>Δώστε τη δημόσια διεύθυνση web (https://...) της ηχογράφησης.</translation>
    </message>
    <message>
        <source>Naxai does not speak {language}. Choose one of {offered}.</source>
        <translation>Η Naxai δεν μιλά {language}. Επιλέξτε μία από τις {offered}.</translation>
    </message>
    <message>
        <source>The start time has passed. Choose a later time, or send now.</source>
        <translation>Η ώρα έναρξης έχει περάσει. Επιλέξτε μεταγενέστερη ώρα ή στείλτε τώρα.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Δώστε όνομα στην καμπάνια.</translation>
    </message>
    <message>
        <source>Keep the campaign name under {limit} characters.</source>
        <translation>Το όνομα της καμπάνιας πρέπει να έχει λιγότερους από {limit} χαρακτήρες.</translation>
    </message>
    <message>
        <source>The calling number must be a full international number of {low} to {high} digits, for example {example}.</source>
        <translation>Ο αριθμός κλήσης πρέπει να είναι πλήρης διεθνής αριθμός {low} έως {high} ψηφίων, για παράδειγμα {example}.</translation>
    </message>
    <message>
        <source>Choose a segment of your Naxai contacts.</source>
        <translation>Επιλέξτε ένα τμήμα κοινού από τις επαφές σας στη Naxai.</translation>
    </message>
    <message>
        <source>Choose the segment from the list of Naxai segments.</source>
        <translation>Επιλέξτε το τμήμα κοινού από τη λίστα των τμημάτων κοινού της Naxai.</translation>
    </message>
    <message>
        <source>These numbers are not valid international numbers: {numbers}</source>
        <translation>Αυτοί οι αριθμοί δεν είναι έγκυροι διεθνείς αριθμοί: {numbers}</translation>
    </message>
    <message>
        <source>Choose one segment, or type the numbers to call.</source>
        <translation>Επιλέξτε ένα τμήμα κοινού ή πληκτρολογήστε τους αριθμούς που θα κληθούν.</translation>
    </message>
    <message>
        <source>Each waiting time before a retry must be between 0 and {limit} minutes (3 days).</source>
        <translation>Κάθε χρόνος αναμονής πριν από μια επανάληψη πρέπει να είναι από 0 έως {limit} λεπτά (3 ημέρες).</translation>
    </message>
    <message>
        <source>Choose the calendar from the list of Naxai calendars.</source>
        <translation>Επιλέξτε το ημερολόγιο από τη λίστα των ημερολογίων της Naxai.</translation>
    </message>
    <message>
        <source>Name the load distribution to use, or choose none.</source>
        <translation>Δώστε το όνομα της κατανομής φόρτου που θα χρησιμοποιηθεί ή επιλέξτε καμία.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Enter the caller number people will see (digits only, up to {limit}).</source>
        <translation>Εισαγάγετε τον αριθμό καλούντος που θα βλέπουν οι παραλήπτες (μόνο ψηφία, έως {limit}).</translation>
    </message>
    <message>
        <source>Routee needs a numeric caller number of at most {limit} characters, for example {example}.</source>
        <translation>Η Routee χρειάζεται αριθμό καλούντος μόνο με ψηφία, το πολύ {limit} χαρακτήρες, για παράδειγμα {example}.</translation>
    </message>
    <message>
        <source>The campaign name must be 2 to 30 characters: letters, digits, spaces and &apos;-&apos; only.</source>
        <translation>Το όνομα της καμπάνιας πρέπει να έχει 2 έως 30 χαρακτήρες: μόνο γράμματα, ψηφία, κενά και «-».</translation>
    </message>
    <message>
        <source>Add at least one phone number, contact or group.</source>
        <translation>Προσθέστε τουλάχιστον έναν αριθμό τηλεφώνου, μια επαφή ή μια ομάδα.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} phone numbers per campaign; this one has {count}.</source>
        <translation>Η Routee δέχεται το πολύ {limit} αριθμούς τηλεφώνου ανά καμπάνια· αυτή έχει {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} contacts per campaign; this one has {count}.</source>
        <translation>Η Routee δέχεται το πολύ {limit} επαφές ανά καμπάνια· αυτή έχει {count}.</translation>
    </message>
    <message>
        <source>Routee accepts at most {limit} groups per campaign; this one has {count}.</source>
        <translation>Η Routee δέχεται το πολύ {limit} ομάδες ανά καμπάνια· αυτή έχει {count}.</translation>
    </message>
    <message>
        <source>These numbers are not in international format (+ and country code): {numbers}</source>
        <translation>Αυτοί οι αριθμοί δεν είναι σε διεθνή μορφή (+ και κωδικός χώρας): {numbers}</translation>
    </message>
    <message>
        <source>Type the text to be read to the people called.</source>
        <translation>Πληκτρολογήστε το κείμενο που θα διαβαστεί στους παραλήπτες.</translation>
    </message>
    <message>
        <source>Routee reads at most {limit} characters; this text has {count}. Shorten it.</source>
        <translation>Η Routee διαβάζει το πολύ {limit} χαρακτήρες· αυτό το κείμενο έχει {count}. Συντομεύστε το.</translation>
    </message>
    <message>
        <source>Routee cannot speak the language &apos;{language}&apos;. Choose another language.</source>
        <translation>Η Routee δεν μπορεί να μιλήσει τη γλώσσα «{language}». Επιλέξτε άλλη γλώσσα.</translation>
    </message>
    <message>
        <source>Give the public web address of the WAV recording.</source>
        <translation>Δώστε τη δημόσια διεύθυνση web της ηχογράφησης WAV.</translation>
    </message>
    <message>
        <source>Routee only plays .wav files: the recording address must be a web address ending in .wav.</source>
        <translation>Η Routee αναπαράγει μόνο αρχεία .wav: η διεύθυνση της ηχογράφησης πρέπει να είναι διεύθυνση web που τελειώνει σε .wav.</translation>
    </message>
    <message>
        <source>Routee cannot play call scripts with menus. Use spoken text or a WAV recording.</source>
        <translation>Η Routee δεν μπορεί να αναπαράγει σενάρια κλήσης με μενού. Χρησιμοποιήστε εκφωνούμενο κείμενο ή ηχογράφηση WAV.</translation>
    </message>
    <message>
        <source>The ringing time must be between 1 and {limit} seconds.</source>
        <translation>Ο χρόνος κουδουνίσματος πρέπει να είναι από 1 έως {limit} δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Turn on key-press collection to set a waiting time for key presses.</source>
        <translation>Ενεργοποιήστε τη συλλογή πατημάτων πλήκτρων για να ορίσετε χρόνο αναμονής για πατήματα πλήκτρων.</translation>
    </message>
    <message>
        <source>The waiting time for key presses cannot be negative.</source>
        <translation>Ο χρόνος αναμονής για πατήματα πλήκτρων δεν μπορεί να είναι αρνητικός.</translation>
    </message>
    <message>
        <source>Status notification addresses must start with https://.</source>
        <translation>Οι διευθύνσεις ειδοποιήσεων κατάστασης πρέπει να ξεκινούν με https://.</translation>
    </message>
    <message>
        <source>The segment “{name}” is still being prepared by Naxai. Wait until it is ready, or choose another segment.</source>
        <translation>Το τμήμα κοινού «{name}» προετοιμάζεται ακόμη από τη Naxai. Περιμένετε μέχρι να είναι έτοιμο ή επιλέξτε άλλο τμήμα κοινού.</translation>
    </message>
    <message>
        <source>Add at least one valid phone number.</source>
        <translation>Προσθέστε τουλάχιστον έναν έγκυρο αριθμό τηλεφώνου.</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n ημέρα</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n ημέρες</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n ώρα</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n ώρες</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n λεπτό</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n λεπτά</translation>
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
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Πάροχος</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Σήμερα %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Χθες %1</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Πρόχειρο χωρίς τίτλο</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>&lt;h2&gt;Drafts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Πρόχειρα&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Έναρξη νέου προχείρου</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Άνοιγμα του επιλεγμένου προχείρου</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Ανα&amp;παραγωγή αντιγράφου</translation>
    </message>
    <message>
        <source>Make a copy of the selected draft</source>
        <translation>Δημιουργία αντιγράφου του επιλεγμένου προχείρου</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Delete the selected draft (you can undo)</source>
        <translation>Διαγραφή του επιλεγμένου προχείρου (μπορείτε να την αναιρέσετε)</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Εξαγωγή σε αρχείο…</translation>
    </message>
    <message>
        <source>Save the selected draft as a file to share</source>
        <translation>Αποθήκευση του επιλεγμένου προχείρου ως αρχείο για κοινή χρήση</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>Ει&amp;σαγωγή από αρχείο…</translation>
    </message>
    <message>
        <source>Open a draft file a colleague shared</source>
        <translation>Άνοιγμα αρχείου προχείρου που μοιράστηκε συνάδελφος</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Το πρόχειρο διαγράφηκε</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ανα&amp;ίρεση</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Αναίρεση της διαγραφής</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Απόκρυψη αυτής της σημείωσης</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Αποθηκευμένα πρόχειρα</translation>
    </message>
    <message>
        <source>No saved drafts yet. Press New to start one, or Import a draft file a colleague sent you.</source>
        <translation>Δεν υπάρχουν ακόμη αποθηκευμένα πρόχειρα. Πατήστε Νέο για να ξεκινήσετε ένα ή εισαγάγετε ένα αρχείο προχείρου που σας έστειλε συνάδελφος.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Τελευταία ενέργεια</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>πρόχειρο</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Εξαγωγή του προχείρου</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Εισαγωγή προχείρου</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*%1)</source>
        <translation>Πρόχειρα VoiceDesk (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Πρόχειρο χωρίς τίτλο</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Το «%1» διαγράφηκε.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>Το «%1» επανήλθε.</translation>
    </message>
</context>
<context>
    <name>DraftsViewModel</name>
    <message>
        <source>Could not list the drafts</source>
        <translation>Δεν ήταν δυνατή η εμφάνιση των προχείρων</translation>
    </message>
    <message>
        <source>Could not start a new draft</source>
        <translation>Δεν ήταν δυνατή η έναρξη νέου προχείρου</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του προχείρου</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Αυτό το πρόχειρο δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Πρόχειρο χωρίς τίτλο</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (αντίγραφο)</translation>
    </message>
    <message>
        <source>Could not duplicate the draft</source>
        <translation>Δεν ήταν δυνατή η αντιγραφή του προχείρου</translation>
    </message>
    <message>
        <source>Could not delete the draft</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του προχείρου</translation>
    </message>
    <message>
        <source>Could not bring the draft back</source>
        <translation>Δεν ήταν δυνατή η επαναφορά του προχείρου</translation>
    </message>
    <message>
        <source>Could not export the draft</source>
        <translation>Δεν ήταν δυνατή η εξαγωγή του προχείρου</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Αποθηκεύτηκε στο %1.</translation>
    </message>
    <message>
        <source>Could not open the draft file</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του αρχείου προχείρου</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Εισήχθη το %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Κάτι πήγε στραβά</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Επικόλληση λίστας</translation>
    </message>
    <message>
        <source>Add every line (or comma-separated entry) on the clipboard</source>
        <translation>Προσθήκη κάθε γραμμής (ή στοιχείου χωρισμένου με κόμμα) από το πρόχειρο</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>Αφαίρεση των επιλεγμένων στοιχείων</translation>
    </message>
    <message>
        <source>That is more than %1: send them in several campaigns.</source>
        <translation>Αυτό είναι περισσότερο από %1: στείλτε τα σε περισσότερες καμπάνιες.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The provider is busy with too many requests. Try again after %1.</source>
        <translation>Ο πάροχος δέχεται πάρα πολλά αιτήματα. Δοκιμάστε ξανά μετά τις %1.</translation>
    </message>
    <message>
        <source>The provider is busy with too many requests. Try again in a minute.</source>
        <translation>Ο πάροχος δέχεται πάρα πολλά αιτήματα. Δοκιμάστε ξανά σε ένα λεπτό.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s credentials. Check them in Accounts.</source>
        <translation>Ο πάροχος απέρριψε τα διαπιστευτήρια του λογαριασμού. Ελέγξτε τα στους Λογαριασμούς.</translation>
    </message>
    <message>
        <source>This account is not allowed to send voice campaigns. Ask the provider to enable them.</source>
        <translation>Αυτός ο λογαριασμός δεν επιτρέπεται να στέλνει φωνητικές καμπάνιες. Ζητήστε από τον πάροχο να τις ενεργοποιήσει.</translation>
    </message>
    <message>
        <source>The account does not have enough balance for these calls. Top it up and try again.</source>
        <translation>Ο λογαριασμός δεν έχει αρκετό υπόλοιπο για αυτές τις κλήσεις. Φορτίστε τον και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The provider rejected one or more phone numbers. Check the recipients.</source>
        <translation>Ο πάροχος απέρριψε έναν ή περισσότερους αριθμούς τηλεφώνου. Ελέγξτε τους παραλήπτες.</translation>
    </message>
    <message>
        <source>The provider rejected the campaign: a field is not valid.</source>
        <translation>Ο πάροχος απέρριψε την καμπάνια: ένα πεδίο δεν είναι έγκυρο.</translation>
    </message>
    <message>
        <source>The provider does not know this campaign any more.</source>
        <translation>Ο πάροχος δεν γνωρίζει πια αυτή την καμπάνια.</translation>
    </message>
    <message>
        <source>The provider already has a campaign with this name, or it cannot change now.</source>
        <translation>Ο πάροχος έχει ήδη καμπάνια με αυτό το όνομα ή δεν μπορεί να αλλάξει τώρα.</translation>
    </message>
    <message>
        <source>The provider&apos;s service is failing right now. Try again in a few minutes.</source>
        <translation>Η υπηρεσία του παρόχου έχει πρόβλημα αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά.</translation>
    </message>
    <message>
        <source>The provider took too long to answer.</source>
        <translation>Ο πάροχος άργησε πολύ να απαντήσει.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check the internet connection and try again.</source>
        <translation>Δεν ήταν δυνατή η σύνδεση με τον πάροχο. Ελέγξτε τη σύνδεση στο διαδίκτυο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The provider could not complete the request.</source>
        <translation>Ο πάροχος δεν μπόρεσε να ολοκληρώσει το αίτημα.</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Ο πάροχος αναφέρει: %1</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again.</source>
        <translation>Κάτι πήγε στραβά. Δεν χάθηκε τίποτα· παρακαλούμε δοκιμάστε ξανά.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Bulgarian (Bulgaria)</source>
        <translation>Βουλγαρικά (Βουλγαρία)</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Ολλανδικά (Βέλγιο)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Ολλανδικά (Ολλανδία)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Αγγλικά (Ηνωμένο Βασίλειο)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Αγγλικά (Ηνωμένες Πολιτείες)</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Γαλλικά (Βέλγιο)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Γαλλικά (Γαλλία)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Γερμανικά (Γερμανία)</translation>
    </message>
    <message>
        <source>Greek (Greece)</source>
        <translation>Ελληνικά (Ελλάδα)</translation>
    </message>
    <message>
        <source>Hungarian (Hungary)</source>
        <translation>Ουγγρικά (Ουγγαρία)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Ιταλικά (Ιταλία)</translation>
    </message>
    <message>
        <source>Polish (Poland)</source>
        <translation>Πολωνικά (Πολωνία)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Πορτογαλικά (Βραζιλία)</translation>
    </message>
    <message>
        <source>Russian (Russia)</source>
        <translation>Ρωσικά (Ρωσία)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Ισπανικά (Λατινική Αμερική)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Ισπανικά (Ισπανία)</translation>
    </message>
    <message>
        <source>Swedish (Sweden)</source>
        <translation>Σουηδικά (Σουηδία)</translation>
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
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss the note</source>
        <translation>Απόκρυψη της σημείωσης</translation>
    </message>
    <message>
        <source>Steps and lists</source>
        <translation>Βήματα και λίστες</translation>
    </message>
    <message>
        <source>Opening your draft…</source>
        <translation>Άνοιγμα του προχείρου σας…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Πίσω</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Επόμενο →</translation>
    </message>
    <message>
        <source>Sandbox account: practice freely. Nobody is called and nothing is charged.</source>
        <translation>Λογαριασμός Sandbox: εξασκηθείτε ελεύθερα. Δεν καλείται κανείς και δεν χρεώνεται τίποτα.</translation>
    </message>
    <message>
        <source>1. Message</source>
        <translation>1. Μήνυμα</translation>
    </message>
    <message>
        <source>2. Recipients</source>
        <translation>2. Παραλήπτες</translation>
    </message>
    <message>
        <source>3. Delivery</source>
        <translation>3. Παράδοση</translation>
    </message>
    <message>
        <source>4. Review and send</source>
        <translation>4. Έλεγχος και αποστολή</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Πρόχειρα</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Καμπάνιες</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Εξαγωγή του προχείρου</translation>
    </message>
    <message>
        <source>VoiceDesk drafts (*.voicedraft)</source>
        <translation>Πρόχειρα VoiceDesk (*.voicedraft)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Εξαγωγή προεπισκόπησης</translation>
    </message>
    <message>
        <source>Write the spoken text first.</source>
        <translation>Γράψτε πρώτα το κείμενο προς εκφώνηση.</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Εξαγωγή της προεπισκόπησης</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Ήχος WAV (*.wav)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>&lt;h2&gt;1. Message&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. Μήνυμα&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Πάροχος</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Αποστολή &amp;μέσω:</translation>
    </message>
    <message>
        <source>For example: Water cut Ixelles</source>
        <translation>Για παράδειγμα: Διακοπή νερού Ixelles</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Όνομα καμπάνιας</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Ό&amp;νομα καμπάνιας:</translation>
    </message>
    <message>
        <source>&amp;Spoken text</source>
        <translation>&amp;Εκφωνούμενο κείμενο</translation>
    </message>
    <message>
        <source>&amp;Recorded message (WAV)</source>
        <translation>&amp;Ηχογραφημένο μήνυμα (WAV)</translation>
    </message>
    <message>
        <source>Call s&amp;cript with key-press menu</source>
        <translation>Σε&amp;νάριο κλήσης με μενού πλήκτρων</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Μήνυμα:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Φωνή</translation>
    </message>
    <message>
        <source>&amp;Language and voice:</source>
        <translation>&amp;Γλώσσα και φωνή:</translation>
    </message>
    <message>
        <source>▶ &amp;Listen</source>
        <translation>▶ &amp;Ακρόαση</translation>
    </message>
    <message>
        <source>Listen to the message</source>
        <translation>Ακρόαση του μηνύματος</translation>
    </message>
    <message>
        <source>Speak the message with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Εκφώνηση του μηνύματος με τη φωνή αυτού του υπολογιστή (προσέγγιση της φωνής του παρόχου)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Κείμενο του μηνύματος</translation>
    </message>
    <message>
        <source>Type what people will hear, for example: Water will be cut tomorrow from 8 to 12 o&apos;clock.</source>
        <translation>Πληκτρολογήστε τι θα ακούσουν οι παραλήπτες, για παράδειγμα: Το νερό θα κοπεί αύριο από τις 8 έως τις 12.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Μήκος του μηνύματος</translation>
    </message>
    <message>
        <source>Words that may sound wrong</source>
        <translation>Λέξεις που μπορεί να ακουστούν λάθος</translation>
    </message>
    <message>
        <source>Public address of the WAV file</source>
        <translation>Δημόσια διεύθυνση του αρχείου WAV</translation>
    </message>
    <message>
        <source>Public &amp;address of the WAV file:</source>
        <translation>Δημόσια &amp;διεύθυνση του αρχείου WAV:</translation>
    </message>
    <message>
        <source>Providers fetch the recording from its address: put the same WAV file on a public web server.</source>
        <translation>Οι πάροχοι παίρνουν την ηχογράφηση από τη διεύθυνσή της: τοποθετήστε το ίδιο αρχείο WAV σε έναν δημόσιο διακομιστή web.</translation>
    </message>
    <message>
        <source>%1 / %2 characters · about %3 seconds when spoken</source>
        <translation>%1 / %2 χαρακτήρες · περίπου %3 δευτερόλεπτα όταν εκφωνείται</translation>
    </message>
    <message>
        <source>%1 characters · about %3 seconds when spoken</source>
        <translation>%1 χαρακτήρες · περίπου %3 δευτερόλεπτα όταν εκφωνείται</translation>
    </message>
    <message>
        <source>too long for %1: shorten the text</source>
        <translation>πολύ μεγάλο για %1: συντομεύστε το κείμενο</translation>
    </message>
    <message>
        <source>long number, may be read as an amount</source>
        <translation>μεγάλος αριθμός, μπορεί να διαβαστεί ως ποσό</translation>
    </message>
    <message>
        <source>abbreviation, may be spelled out</source>
        <translation>συντομογραφία, μπορεί να διαβαστεί γράμμα γράμμα</translation>
    </message>
    <message>
        <source>web or e-mail address, read letter by letter</source>
        <translation>διεύθυνση web ή e-mail, διαβάζεται γράμμα γράμμα</translation>
    </message>
    <message>
        <source>time, write it in words to be sure</source>
        <translation>ώρα, γράψτε την ολογράφως για σιγουριά</translation>
    </message>
    <message>
        <source>Listen to check these: %1</source>
        <translation>Ακούστε για να τα ελέγξετε: %1</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>Speak this text</source>
        <translation>Εκφώνηση αυτού του κειμένου</translation>
    </message>
    <message>
        <source>Play a recording from its address</source>
        <translation>Αναπαραγωγή ηχογράφησης από τη διεύθυνσή της</translation>
    </message>
    <message>
        <source>%1: spoken text or recording</source>
        <translation>%1: εκφωνούμενο κείμενο ή ηχογράφηση</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Ακρόαση</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1: κείμενο</translation>
    </message>
    <message>
        <source>%1 recording address</source>
        <translation>%1: διεύθυνση ηχογράφησης</translation>
    </message>
    <message>
        <source>Hear this text with this computer&apos;s voice (an approximation of the provider&apos;s voice)</source>
        <translation>Ακρόαση αυτού του κειμένου με τη φωνή αυτού του υπολογιστή (προσέγγιση της φωνής του παρόχου)</translation>
    </message>
    <message>
        <source>Recordings are played by the provider from their address; only written text can be listened to here</source>
        <translation>Οι ηχογραφήσεις παίζονται από τον πάροχο από τη διεύθυνσή τους· εδώ μπορεί να ακουστεί μόνο γραπτό κείμενο</translation>
    </message>
    <message>
        <source>Write a text first</source>
        <translation>Γράψτε πρώτα ένα κείμενο</translation>
    </message>
</context>
<context>
    <name>PlayCountSpin</name>
    <message>
        <source> time(s)</source>
        <translation> φορά(ές)</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Play</source>
        <translation>Αναπαραγωγή</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Position in the preview</source>
        <translation>Θέση στην προεπισκόπηση</translation>
    </message>
    <message>
        <source>Approximation of the provider&apos;s voice</source>
        <translation>Προσέγγιση της φωνής του παρόχου</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Προετοιμασία της προεπισκόπησης…</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Αναπαραγωγή</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
</context>
<context>
    <name>PreviewViewModel</name>
    <message>
        <source>The preview could not be made: {0}</source>
        <translation>Δεν ήταν δυνατή η δημιουργία της προεπισκόπησης: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved: {0}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της προεπισκόπησης: {0}</translation>
    </message>
    <message>
        <source>The preview could not be saved to {0}: {1}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της προεπισκόπησης στο {0}: {1}</translation>
    </message>
    <message>
        <source>Saved the preview to {0}.</source>
        <translation>Η προεπισκόπηση αποθηκεύτηκε στο {0}.</translation>
    </message>
    <message>
        <source>No local {0} voice; using {1}.</source>
        <translation>Δεν υπάρχει τοπική φωνή «{0}»· χρησιμοποιείται η {1}.</translation>
    </message>
    <message>
        <source>No local voice for {0}; using the nearest one: {1}.</source>
        <translation>Δεν υπάρχει τοπική φωνή για {0}· χρησιμοποιείται η πλησιέστερη: {1}.</translation>
    </message>
    <message>
        <source>This sound cannot be played.</source>
        <translation>Αυτός ο ήχος δεν μπορεί να αναπαραχθεί.</translation>
    </message>
    <message>
        <source>The sound could not be played: {0}</source>
        <translation>Δεν ήταν δυνατή η αναπαραγωγή του ήχου: {0}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly: {0}</source>
        <translation>Η προεπισκόπηση απέτυχε απροσδόκητα: {0}</translation>
    </message>
</context>
<context>
    <name>ProviderAudienceBox</name>
    <message>
        <source>Routee contacts and groups (optional)</source>
        <translation>Επαφές και ομάδες Routee (προαιρετικά)</translation>
    </message>
    <message>
        <source>Besides the phone numbers below, Routee can call contacts and groups of your Routee account. Type or paste their ids and names as they appear in Routee.</source>
        <translation>Εκτός από τους αριθμούς τηλεφώνου παρακάτω, η Routee μπορεί να καλέσει επαφές και ομάδες του λογαριασμού σας Routee. Πληκτρολογήστε ή επικολλήστε τα αναγνωριστικά και τα ονόματά τους όπως εμφανίζονται στη Routee.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Contact id, then Enter</source>
        <translation>Αναγνωριστικό επαφής και μετά Enter</translation>
    </message>
    <message>
        <source>%n contact (at most 1,000)</source>
        <translation>%n επαφή (έως 1.000)</translation>
    </message>
    <message>
        <source>%n contacts (at most 1,000)</source>
        <translation>%n επαφές (έως 1.000)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ομάδες</translation>
    </message>
    <message>
        <source>Group name, then Enter</source>
        <translation>Όνομα ομάδας και μετά Enter</translation>
    </message>
    <message>
        <source>%n group (at most 1,000)</source>
        <translation>%n ομάδα (έως 1.000)</translation>
    </message>
    <message>
        <source>%n groups (at most 1,000)</source>
        <translation>%n ομάδες (έως 1.000)</translation>
    </message>
    <message>
        <source>C&amp;ount recipients</source>
        <translation>&amp;Καταμέτρηση παραληπτών</translation>
    </message>
    <message>
        <source>Ask Routee how many people the contacts and groups reach</source>
        <translation>Ερώτηση στη Routee πόσα άτομα καλύπτουν οι επαφές και οι ομάδες</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Διακοπή της καταμέτρησης</translation>
    </message>
    <message>
        <source>How many people Routee would call</source>
        <translation>Πόσα άτομα θα καλούσε η Routee</translation>
    </message>
    <message>
        <source>Who Naxai calls</source>
        <translation>Ποιους καλεί η Naxai</translation>
    </message>
    <message>
        <source>Phone numbers (typed or imported)</source>
        <translation>Αριθμοί τηλεφώνου (πληκτρολογημένοι ή εισαγμένοι)</translation>
    </message>
    <message>
        <source>A segment of your Naxai contacts</source>
        <translation>Ένα τμήμα κοινού από τις επαφές σας Naxai</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Τμήμα κοινού</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>Load the segments from the account again</source>
        <translation>Επαναφόρτωση των τμημάτων κοινού από τον λογαριασμό</translation>
    </message>
    <message>
        <source>About the segment</source>
        <translation>Σχετικά με το τμήμα κοινού</translation>
    </message>
    <message>
        <source>Also call people who unsubscribed</source>
        <translation>Κλήση και των ατόμων που έχουν απεγγραφεί</translation>
    </message>
    <message>
        <source>Leave this off unless the call is one everyone must get, such as a safety alert: people who unsubscribed asked not to be contacted.</source>
        <translation>Αφήστε το απενεργοποιημένο, εκτός αν την κλήση πρέπει να τη λάβουν όλοι, όπως μια προειδοποίηση ασφαλείας: όσοι έχουν απεγγραφεί ζήτησαν να μην επικοινωνούμε μαζί τους.</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>Επιλέξτε τμήμα κοινού…</translation>
    </message>
    <message>
        <source>%1 (not ready yet)</source>
        <translation>%1 (δεν είναι ακόμη έτοιμο)</translation>
    </message>
    <message>
        <source>The segment chosen earlier</source>
        <translation>Το τμήμα κοινού που επιλέχθηκε νωρίτερα</translation>
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
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχ&amp;ι σε όλα</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>&lt;h2&gt;2. Recipients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. Παραλήπτες&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The phone numbers typed here are kept in the draft, but not called while a segment is chosen.</source>
        <translation>Οι αριθμοί τηλεφώνου που πληκτρολογούνται εδώ διατηρούνται στο πρόχειρο, αλλά δεν καλούνται όσο είναι επιλεγμένο ένα τμήμα κοινού.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Προεπιλεγμένη χώρα</translation>
    </message>
    <message>
        <source>Numbers written without a country code belong to this country</source>
        <translation>Οι αριθμοί χωρίς κωδικό χώρας ανήκουν σε αυτή τη χώρα</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Οι αριθμοί χωρίς κωδικό χώρας είναι από:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Αριθμοί τηλεφώνου</translation>
    </message>
    <message>
        <source>Type or paste phone numbers, one per line or separated by commas or semicolons, for example:
0470 12 34 56
+33 6 12 34 56 78</source>
        <translation>Πληκτρολογήστε ή επικολλήστε αριθμούς τηλεφώνου, έναν ανά γραμμή ή χωρισμένους με κόμματα ή ερωτηματικά, για παράδειγμα:
0470 12 34 56
+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Εισαγωγή από αρχείο…</translation>
    </message>
    <message>
        <source>Import numbers from a CSV or Excel file</source>
        <translation>Εισαγωγή αριθμών από αρχείο CSV ή Excel</translation>
    </message>
    <message>
        <source>Summary of the numbers</source>
        <translation>Σύνοψη των αριθμών</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Πρόοδος του ελέγχου</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Α&amp;κύρωση</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Ακύρωση της εισαγωγής</translation>
    </message>
    <message>
        <source>Numbers that cannot be called (double-click to correct):</source>
        <translation>Αριθμοί που δεν μπορούν να κληθούν (διπλό κλικ για διόρθωση):</translation>
    </message>
    <message>
        <source>Numbers that cannot be called</source>
        <translation>Αριθμοί που δεν μπορούν να κληθούν</translation>
    </message>
    <message>
        <source>&amp;Export invalid numbers…</source>
        <translation>Ε&amp;ξαγωγή μη έγκυρων αριθμών…</translation>
    </message>
    <message>
        <source>Export the invalid numbers as a CSV file</source>
        <translation>Εξαγωγή των μη έγκυρων αριθμών σε αρχείο CSV</translation>
    </message>
    <message>
        <source>{done} of {total} numbers checked</source>
        <translation>Ελέγχθηκαν {done} από {total} αριθμούς</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Η εισαγωγή ακυρώθηκε· δεν προστέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Παραλήπτες</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Εισαγωγή αριθμών τηλεφώνου</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.csv *.txt *.xlsx)</source>
        <translation>Υπολογιστικά φύλλα και λίστες (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Export invalid numbers</source>
        <translation>Εξαγωγή μη έγκυρων αριθμών</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>invalid numbers.csv</source>
        <translation>μη έγκυροι αριθμοί.csv</translation>
    </message>
    <message>
        <source>Invalid numbers saved.</source>
        <translation>Οι μη έγκυροι αριθμοί αποθηκεύτηκαν.</translation>
    </message>
</context>
<context>
    <name>RecipientsTableModel</name>
    <message>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Σταθερό</translation>
    </message>
    <message>
        <source>Landline or mobile</source>
        <translation>Σταθερό ή κινητό</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Χωρίς χρέωση</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Πρόσθετης χρέωσης</translation>
    </message>
    <message>
        <source>Shared cost</source>
        <translation>Επιμερισμένου κόστους</translation>
    </message>
    <message>
        <source>Internet phone (VoIP)</source>
        <translation>Τηλεφωνία μέσω διαδικτύου (VoIP)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Προσωπικός αριθμός</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Βομβητής</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Εταιρικός αριθμός</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Τηλεφωνητής</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>Empty entry</source>
        <translation>Κενή καταχώριση</translation>
    </message>
    <message>
        <source>Contains letters</source>
        <translation>Περιέχει γράμματα</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Δεν είναι αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Άγνωστος κωδικός χώρας</translation>
    </message>
    <message>
        <source>Too few digits</source>
        <translation>Πολύ λίγα ψηφία</translation>
    </message>
    <message>
        <source>Too many digits</source>
        <translation>Πάρα πολλά ψηφία</translation>
    </message>
    <message>
        <source>Wrong number of digits for this country</source>
        <translation>Λάθος πλήθος ψηφίων για αυτή τη χώρα</translation>
    </message>
    <message>
        <source>Not a valid number in this country&apos;s numbering plan</source>
        <translation>Δεν είναι έγκυρος αριθμός στο σχέδιο αριθμοδότησης αυτής της χώρας</translation>
    </message>
    <message>
        <source>Double-click to correct this number</source>
        <translation>Διπλό κλικ για διόρθωση αυτού του αριθμού</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Τύπος γραμμής</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Όπως καταχωρίστηκε</translation>
    </message>
</context>
<context>
    <name>RecipientsViewModel</name>
    <message>
        <source>No numbers yet</source>
        <translation>Δεν υπάρχουν ακόμη αριθμοί</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>Αφαιρέθηκε 1 διπλότυπο</translation>
    </message>
    <message>
        <source>{count} duplicates removed</source>
        <translation>Αφαιρέθηκαν {count} διπλότυπα</translation>
    </message>
    <message>
        <source>{valid} valid, {invalid} invalid, {removed}</source>
        <translation>{valid} έγκυροι, {invalid} μη έγκυροι, {removed}</translation>
    </message>
    <message>
        <source>No column in this file looks like phone numbers.</source>
        <translation>Καμία στήλη αυτού του αρχείου δεν μοιάζει με αριθμούς τηλεφώνου.</translation>
    </message>
    <message>
        <source>The file has a header row but no numbers under it.</source>
        <translation>Το αρχείο έχει γραμμή επικεφαλίδων αλλά κανέναν αριθμό από κάτω.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Το αρχείο είναι κενό.</translation>
    </message>
    <message>
        <source>The file was not found. It may have been moved or deleted.</source>
        <translation>Το αρχείο δεν βρέθηκε. Ίσως μετακινήθηκε ή διαγράφηκε.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της λίστας εκεί. Επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>This column does not exist in the file.</source>
        <translation>Αυτή η στήλη δεν υπάρχει στο αρχείο.</translation>
    </message>
    <message>
        <source>This column is empty.</source>
        <translation>Αυτή η στήλη είναι κενή.</translation>
    </message>
    <message>
        <source>This file is not a text (CSV) file that VoiceDesk can read.</source>
        <translation>Αυτό το αρχείο δεν είναι αρχείο κειμένου (CSV) που μπορεί να διαβάσει το VoiceDesk.</translation>
    </message>
    <message>
        <source>This file is too large to import (more than 200 MB).</source>
        <translation>Αυτό το αρχείο είναι πολύ μεγάλο για εισαγωγή (πάνω από 200 MB).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Αυτό είναι φάκελος, όχι αρχείο.</translation>
    </message>
    <message>
        <source>VoiceDesk is not allowed to read this file.</source>
        <translation>Το VoiceDesk δεν έχει άδεια να διαβάσει αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>Αυτό το αρχείο Excel δεν μπορεί να διαβαστεί. Ανοίξτε το στο Excel και αποθηκεύστε το ξανά ως .xlsx ή CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>Αυτό είναι παλιό αρχείο Excel (.xls). Ανοίξτε το στο Excel και αποθηκεύστε το ως .xlsx ή CSV.</translation>
    </message>
    <message>
        <source>Something went wrong while checking the numbers.</source>
        <translation>Κάτι πήγε στραβά κατά τον έλεγχο των αριθμών.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>The API request</source>
        <translation>Το αίτημα API</translation>
    </message>
    <message>
        <source>This draft cannot be sent yet:</source>
        <translation>Αυτό το πρόχειρο δεν μπορεί να σταλεί ακόμη:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Σώμα του αιτήματος</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&lt;h2&gt;4. Review and send&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. Έλεγχος και αποστολή&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Checking the draft…</source>
        <translation>Έλεγχος του προχείρου…</translation>
    </message>
    <message>
        <source>Summary of the campaign</source>
        <translation>Σύνοψη της καμπάνιας</translation>
    </message>
    <message>
        <source>Numbers left out</source>
        <translation>Αριθμοί που παραλείφθηκαν</translation>
    </message>
    <message>
        <source>Sent as several campaigns</source>
        <translation>Αποστολή ως πολλές καμπάνιες</translation>
    </message>
    <message>
        <source>What must be fixed before sending</source>
        <translation>Τι πρέπει να διορθωθεί πριν από την αποστολή</translation>
    </message>
    <message>
        <source>▶ Listen one last time</source>
        <translation>▶ Ακρόαση για τελευταία φορά</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 προς %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n call&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n κλήση&lt;/b&gt; μέσω %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%n calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;%n κλήσεις&lt;/b&gt; μέσω %1</translation>
    </message>
    <message>
        <source>They will hear the recording at %1.</source>
        <translation>Θα ακούσουν την ηχογράφηση από τη διεύθυνση %1.</translation>
    </message>
    <message>
        <source>They will hear the call script, in %1.</source>
        <translation>Θα ακούσουν το σενάριο κλήσης, στα %1.</translation>
    </message>
    <message>
        <source>Calls start as soon as you send.</source>
        <translation>Οι κλήσεις ξεκινούν μόλις γίνει η αποστολή.</translation>
    </message>
    <message>
        <source>Calls start on %1.</source>
        <translation>Οι κλήσεις ξεκινούν την %1.</translation>
    </message>
    <message>
        <source>an account not set up on this computer</source>
        <translation>λογαριασμός που δεν έχει ρυθμιστεί σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>&lt;i&gt;Sandbox account: nobody is called and nothing is charged.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Λογαριασμός Sandbox: δεν καλείται κανείς και δεν χρεώνεται τίποτα.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%n invalid number</source>
        <translation>%n μη έγκυρος αριθμός</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;Κλήσεις&lt;/b&gt; μέσω %1</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a female voice: “%2”</source>
        <translation>Θα ακούσουν, στα %1 με γυναικεία φωνή: «%2»</translation>
    </message>
    <message>
        <source>They will hear, in %1 with a male voice: “%2”</source>
        <translation>Θα ακούσουν, στα %1 με ανδρική φωνή: «%2»</translation>
    </message>
    <message>
        <source>%n invalid numbers</source>
        <translation>%n μη έγκυροι αριθμοί</translation>
    </message>
    <message>
        <source>%n duplicate removed</source>
        <translation>%n διπλότυπο αφαιρέθηκε</translation>
    </message>
    <message>
        <source>%n duplicates removed</source>
        <translation>%n διπλότυπα αφαιρέθηκαν</translation>
    </message>
    <message>
        <source>%n on the do-not-call list</source>
        <translation>%n στη λίστα «μην καλείτε»</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Παραλείφθηκαν: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix these before sending:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Διορθώστε τα εξής πριν από την αποστολή:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send %n call…</source>
        <translation>Αποστολή %n κλήσης…</translation>
    </message>
    <message>
        <source>Send %n calls…</source>
        <translation>Αποστολή %n κλήσεων…</translation>
    </message>
    <message>
        <source>Routee calls at most %1 numbers per campaign.</source>
        <translation>Η Routee καλεί το πολύ %1 αριθμούς ανά καμπάνια.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 numbers as %2 campaigns, “%3” to “%4”.</source>
        <translation>Το VoiceDesk θα στείλει αυτούς τους %1 αριθμούς ως %2 καμπάνιες, από «%3» έως «%4».</translation>
    </message>
    <message>
        <source>Routee calls at most %1 contacts per campaign.</source>
        <translation>Η Routee καλεί το πολύ %1 επαφές ανά καμπάνια.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 contacts as %2 campaigns, “%3” to “%4”.</source>
        <translation>Το VoiceDesk θα στείλει αυτές τις %1 επαφές ως %2 καμπάνιες, από «%3» έως «%4».</translation>
    </message>
    <message>
        <source>Routee takes at most %1 groups per campaign.</source>
        <translation>Η Routee δέχεται το πολύ %1 ομάδες ανά καμπάνια.</translation>
    </message>
    <message>
        <source>VoiceDesk will send these %1 groups as %2 campaigns, “%3” to “%4”.</source>
        <translation>Το VoiceDesk θα στείλει αυτές τις %1 ομάδες ως %2 καμπάνιες, από «%3» έως «%4».</translation>
    </message>
    <message>
        <source>Your do-not-call list applies only to the numbers typed or imported here, not to the people the provider adds.</source>
        <translation>Η λίστα «μην καλείτε» ισχύει μόνο για τους αριθμούς που πληκτρολογήθηκαν ή εισήχθησαν εδώ, όχι για τα άτομα που προσθέτει ο πάροχος.</translation>
    </message>
    <message>
        <source>the chosen segment</source>
        <translation>το επιλεγμένο τμήμα κοινού</translation>
    </message>
    <message>
        <source>%n person</source>
        <translation>%n άτομο</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n άτομα</translation>
    </message>
    <message>
        <source>not counted yet</source>
        <translation>δεν έχει μετρηθεί ακόμη</translation>
    </message>
    <message>
        <source>They are the people in the Naxai segment “%1” (%2).</source>
        <translation>Είναι τα άτομα του τμήματος κοινού Naxai «%1» (%2).</translation>
    </message>
    <message>
        <source>People who unsubscribed are called too.</source>
        <translation>Καλούνται και τα άτομα που έχουν απεγγραφεί.</translation>
    </message>
    <message>
        <source>People who unsubscribed are left out, so there may be fewer calls.</source>
        <translation>Τα άτομα που έχουν απεγγραφεί εξαιρούνται, οπότε οι κλήσεις μπορεί να είναι λιγότερες.</translation>
    </message>
    <message>
        <source>%n Routee contact</source>
        <translation>%n επαφή Routee</translation>
    </message>
    <message>
        <source>%n Routee contacts</source>
        <translation>%n επαφές Routee</translation>
    </message>
    <message>
        <source>everyone in %n group</source>
        <translation>όλους στην %n ομάδα</translation>
    </message>
    <message>
        <source>everyone in %n groups</source>
        <translation>όλους στις %n ομάδες</translation>
    </message>
    <message>
        <source>They include %1.</source>
        <translation>Περιλαμβάνουν %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> και </translation>
    </message>
    <message>
        <source>Routee counted %1 in them.</source>
        <translation>Η Routee μέτρησε σε αυτές %1.</translation>
    </message>
    <message>
        <source>The groups are not counted yet: use Count recipients in step 2.</source>
        <translation>Οι ομάδες δεν έχουν μετρηθεί ακόμη: χρησιμοποιήστε την Καταμέτρηση παραληπτών στο βήμα 2.</translation>
    </message>
    <message>
        <source>Send the calls to everyone in the segment? This is a paid service.</source>
        <translation>Να σταλούν οι κλήσεις σε όλους στο τμήμα κοινού; Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Send %n call plus %1? This is a paid service.</source>
        <translation>Να σταλεί %n κλήση, καθώς και κλήσεις σε %1; Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Send %n calls plus %1? This is a paid service.</source>
        <translation>Να σταλούν %n κλήσεις, καθώς και κλήσεις σε %1; Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real calls:&lt;/b&gt; real people are called, and the calls are charged to the account “%1”.</source>
        <translation>&lt;b&gt;Πραγματικές κλήσεις:&lt;/b&gt; καλούνται πραγματικά άτομα και οι κλήσεις χρεώνονται στον λογαριασμό «%1».</translation>
    </message>
    <message>
        <source>The account changed after you confirmed. Nothing was sent: check and send again.</source>
        <translation>Ο λογαριασμός άλλαξε μετά την επιβεβαίωσή σας. Δεν στάλθηκε τίποτα: ελέγξτε και στείλτε ξανά.</translation>
    </message>
    <message>
        <source>Send %n call? This is a paid service.</source>
        <translation>Να σταλεί %n κλήση; Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Send %n calls? This is a paid service.</source>
        <translation>Να σταλούν %n κλήσεις; Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>Send %1 calls as %2 campaigns? This is a paid service.</source>
        <translation>Να σταλούν %1 κλήσεις ως %2 καμπάνιες; Πρόκειται για υπηρεσία με χρέωση.</translation>
    </message>
    <message>
        <source>The calls go through %1 and cannot be taken back once they start.</source>
        <translation>Οι κλήσεις γίνονται μέσω %1 και δεν μπορούν να ανακληθούν μόλις ξεκινήσουν.</translation>
    </message>
    <message>
        <source>This is the Sandbox account: nobody is called and nothing is charged.</source>
        <translation>Αυτός είναι ο λογαριασμός Sandbox: δεν καλείται κανείς και δεν χρεώνεται τίποτα.</translation>
    </message>
    <message>
        <source>Real people are called, and the calls are charged to the %1 account “%2”.</source>
        <translation>Καλούνται πραγματικά άτομα και οι κλήσεις χρεώνονται στον λογαριασμό %1 «%2».</translation>
    </message>
    <message>
        <source>They cannot be taken back once they start.</source>
        <translation>Δεν μπορούν να ανακληθούν μόλις ξεκινήσουν.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Αποστολή της καμπάνιας</translation>
    </message>
    <message>
        <source>Send %n call</source>
        <translation>Αποστολή %n κλήσης</translation>
    </message>
    <message>
        <source>Send %n calls</source>
        <translation>Αποστολή %n κλήσεων</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Female voice</source>
        <translation>Γυναικεία φωνή</translation>
    </message>
    <message>
        <source>Male voice</source>
        <translation>Ανδρική φωνή</translation>
    </message>
</context>
<context>
    <name>WavPicker</name>
    <message>
        <source>Choose WAV file…</source>
        <translation>Επιλογή αρχείου WAV…</translation>
    </message>
    <message>
        <source>Choose the recorded message</source>
        <translation>Επιλογή του ηχογραφημένου μηνύματος</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Αναπαραγωγή</translation>
    </message>
    <message>
        <source>Play the recorded message</source>
        <translation>Αναπαραγωγή του ηχογραφημένου μηνύματος</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Έλεγχος διεύθυνσης</translation>
    </message>
    <message>
        <source>Check the public address of the recording</source>
        <translation>Έλεγχος της δημόσιας διεύθυνσης της ηχογράφησης</translation>
    </message>
    <message>
        <source>No WAV file chosen.</source>
        <translation>Δεν επιλέχθηκε αρχείο WAV.</translation>
    </message>
    <message>
        <source>Facts of the recorded message</source>
        <translation>Στοιχεία του ηχογραφημένου μηνύματος</translation>
    </message>
    <message>
        <source>Result of the address check</source>
        <translation>Αποτέλεσμα του ελέγχου διεύθυνσης</translation>
    </message>
    <message>
        <source>WAV files (*.wav *.WAV)</source>
        <translation>Αρχεία WAV (*.wav *.WAV)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>This file is not a usable WAV file.</source>
        <translation>Αυτό το αρχείο δεν είναι αξιοποιήσιμο αρχείο WAV.</translation>
    </message>
    <message>
        <source>Enter the public address of the WAV file first.</source>
        <translation>Δώστε πρώτα τη δημόσια διεύθυνση του αρχείου WAV.</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Έλεγχος της διεύθυνσης…</translation>
    </message>
    <message>
        <source>The address could not be checked: {0}</source>
        <translation>Δεν ήταν δυνατός ο έλεγχος της διεύθυνσης: {0}</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>μονοφωνικό</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>στερεοφωνικό</translation>
    </message>
    <message>
        <source>{0} channels</source>
        <translation>{0} κανάλια</translation>
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
        <translation>{0} bit, </translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} seconds, {6}</source>
        <translation>{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} δευτερόλεπτα, {6}</translation>
    </message>
</context>
</TS>
