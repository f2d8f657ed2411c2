#!/usr/bin/python3
"""The WebKit browser that WebKitWebDriver drives for the cross-engine journeys.

WebKitGTK's own MiniBrowser keeps its window at least 447 px wide (its toolbar), too wide for a
phone; this window is a bare WebKitWebView, so WebDriver can size it to 390 px. Every page it
opens gets the error collector (errors.js) before the page's own scripts run: WebKitWebDriver
speaks classic WebDriver only, with no log endpoint and no preload scripts.

WebKitWebDriver starts it as `webkit-window.py --automation` (see run.mjs's capabilities).
"""

import os
import signal
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def collector():
    """The error collector, injected at document start in every frame's main world."""
    with open(os.path.join(HERE, "errors.js"), encoding="utf-8") as source:
        # errors.js is one function expression: call it.
        return "(" + source.read().strip().rstrip(";") + ")();"


def main():
    signal.signal(signal.SIGTERM, lambda *_: Gtk.main_quit())
    context = WebKit2.WebContext.get_default()
    context.set_automation_allowed("--automation" in sys.argv)
    script = WebKit2.UserScript.new(
        collector(),
        WebKit2.UserContentInjectedFrames.TOP_FRAME,
        WebKit2.UserScriptInjectionTime.START,
        None,
        None,
    )

    def create_web_view(_session):
        content = WebKit2.UserContentManager()
        content.add_script(script)
        view = WebKit2.WebView(web_context=context, user_content_manager=content, is_controlled_by_automation=True)
        view.get_settings().set_enable_developer_extras(False)
        window = Gtk.Window()
        window.set_default_size(1280, 800)
        window.add(view)
        # The window (and the view with it) closes when WebDriver closes the browsing context.
        view.connect("close", lambda *_: window.destroy())
        window.show_all()
        return view

    def automation_started(_context, session):
        info = WebKit2.ApplicationInfo.new()
        info.set_name("health-center-webkit-window")
        info.set_version(1, 0, 0)
        session.set_application_info(info)
        session.connect("create-web-view", create_web_view)

    context.connect("automation-started", automation_started)
    Gtk.main()


if __name__ == "__main__":
    main()
