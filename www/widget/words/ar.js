// The widget box's words in Arabic: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "النقاط الرئيسية|باختصار|إظهار|إخفاء|جارٍ التلخيص…|اختارها abridge في متصفحك؛ لم يُرسَل أي شيء.";
