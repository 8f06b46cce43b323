// The widget box's words in Danish: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Hovedpunkter|Kort fortalt|Vis|Skjul|Opsummerer…|Valgt i din browser af abridge; intet blev sendt.";
