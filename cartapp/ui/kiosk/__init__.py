"""Waiting-room kiosk: the policy the app asks, idle watch, start screen, staff PIN.

Each module is self-contained; the main window composes them. Importing this
package imports no Qt, so the policy can be used without a display.
"""
