"""Read aloud: the system's own offline voices through QtTextToSpeech."""
