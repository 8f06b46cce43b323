// The widget box's words in Russian: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Главное|Коротко|Показать|Скрыть|Выбираем главное…|Выбрано в вашем браузере программой abridge; ничего не отправлено.";
