// The widget box's words in Romanian: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Puncte-cheie|Pe scurt|Arată|Ascunde|Se rezumă…|Ales în browserul tău de abridge; nu s-a trimis nimic.";
