// The widget box's words in Dutch: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Kernpunten|In het kort|Tonen|Verbergen|Samenvatten…|Gekozen in je browser door abridge; er is niets verzonden.";
