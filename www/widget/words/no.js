// The widget box's words in Norwegian: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Hovedpunkter|Kort fortalt|Vis|Skjul|Oppsummerer…|Valgt i nettleseren din av abridge; ingenting ble sendt.";
