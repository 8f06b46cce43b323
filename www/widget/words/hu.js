// The widget box's words in Hungarian: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Főbb pontok|Röviden|Megjelenítés|Elrejtés|Összefoglalás…|Az abridge a böngésződben választotta ki; semmit sem küldött el.";
