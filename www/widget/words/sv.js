// The widget box's words in Swedish: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Huvudpunkter|Kort sagt|Visa|Dölj|Sammanfattar…|Valt i din webbläsare av abridge; inget skickades.";
