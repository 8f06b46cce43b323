// The widget box's words in Turkish: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "Öne çıkanlar|Kısaca|Göster|Gizle|Özetleniyor…|abridge tarafından tarayıcınızda seçildi; hiçbir şey gönderilmedi.";
