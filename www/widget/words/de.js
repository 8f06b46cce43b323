// The widget box's words in German: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Das Wichtigste|In Kürze|Anzeigen|Ausblenden|Wird zusammengefasst…|Von abridge in Ihrem Browser ausgewählt; nichts wurde gesendet.";
