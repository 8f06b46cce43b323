// The widget box's words in Tamil: key points heading|TL;DR heading|show|hide|while summarising|note
// (see WORDS in ../abridge-widget.js).
export default "முக்கிய அம்சங்கள்|சுருக்கமாக|காட்டு|மறை|சுருக்கப்படுகிறது…|abridge உங்கள் உலாவியிலேயே தேர்ந்தெடுத்தது; எதுவும் அனுப்பப்படவில்லை.";
