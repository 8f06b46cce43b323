// The widget box's words in Finnish: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Pääkohdat|Lyhyesti|Näytä|Piilota|Tiivistetään…|abridge valitsi nämä selaimessasi; mitään ei lähetetty.";
