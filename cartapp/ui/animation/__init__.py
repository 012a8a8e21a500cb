"""The "How it works" animation: actors, scenes, the one story clock, and the view.

Every scene is a pure function of time: given a moment of the story, it places
its actors the same way every time. That is what lets a family pause, step and
scrub exactly, and lets tests jump to any moment without waiting.
"""
