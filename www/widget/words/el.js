// The widget box's words in Greek: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Βασικά σημεία|Με λίγα λόγια|Εμφάνιση|Απόκρυψη|Γίνεται σύνοψη…|Επιλέχθηκαν στον περιηγητή σας από το abridge· δεν στάλθηκε τίποτα.";
