// The widget box's words in Italian: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Punti chiave|In breve|Mostra|Nascondi|Riassunto in corso…|Scelto nel tuo browser da abridge; non è stato inviato nulla.";
