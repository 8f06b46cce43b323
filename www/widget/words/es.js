// The widget box's words in Spanish: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Puntos clave|En resumen|Mostrar|Ocultar|Resumiendo…|Elegido en tu navegador por abridge; no se ha enviado nada.";
