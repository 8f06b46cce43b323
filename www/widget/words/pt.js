// The widget box's words in Portuguese: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Pontos-chave|Em resumo|Mostrar|Ocultar|A resumir…|Escolhido no seu navegador pelo abridge; nada foi enviado.";
