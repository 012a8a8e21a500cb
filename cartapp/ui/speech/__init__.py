"""Read aloud: the system's own offline voices through QtTextToSpeech."""

# The language of the content on screen; each reading asks for a voice in it. Kept
# here, not in the speaker, so the window can set it without loading the speech code.
content_language = "en"
