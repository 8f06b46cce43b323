// The widget box's words in French: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Points clés|En bref|Afficher|Masquer|Résumé en cours…|Choisi dans votre navigateur par abridge ; rien n’a été envoyé.";
