"""A small driver of headless Chromium over the Chrome DevTools Protocol (no browser download, no
WebDriver): start ``chromium --headless --remote-debugging-port=0``, talk to its page over a WebSocket."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class Page:
    """One tab: navigate, evaluate JavaScript, type, press keys, take screenshots."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self._id = 0
        self.send("Page.enable")
        self.send("Runtime.enable")

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def goto(self, url: str, timeout: float = 60) -> None:
        self.send("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete'", timeout)

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout}s for: {expression}")
            time.sleep(0.25)

    def click(self, selector: str) -> None:
        self.wait_for(f"document.querySelector({json.dumps(selector)}) !== null")
        self.js(f"document.querySelector({json.dumps(selector)}).click()")

    def fill(self, selector: str, text: str) -> None:
        """Focus an input, select what it holds, and type ``text`` as a user would."""
        self.wait_for(f"document.querySelector({json.dumps(selector)}) !== null")
        self.js(
            f"(e => {{ e.focus(); e.select && e.select(); }})(document.querySelector({json.dumps(selector)}))"
        )
        self.send("Input.insertText", text=text)

    def type(self, text: str) -> None:
        self.send("Input.insertText", text=text)

    def key(self, key: str, code: str, key_code: int, modifiers: int = 0) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.send(
                "Input.dispatchKeyEvent", type=kind, key=key, code=code, modifiers=modifiers,
                windowsVirtualKeyCode=key_code, nativeVirtualKeyCode=key_code,
            )  # fmt: skip

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": True}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.ws.close()


class Chromium:
    """A headless Chromium with its own throw-away profile.

    A cold start on a loaded machine can take tens of seconds (a fresh CI machine reads the whole
    browser from disk while the test servers run), and a start now and then dies early: wait long,
    retry, and say what Chromium printed when it still does not come up."""

    START_TIMEOUT = 120.0
    ATTEMPTS = 3

    def __init__(self, binary: str, width: int = 1400, height: int = 1000) -> None:
        self.binary = binary
        self.size = (width, height)
        failures: list[str] = []
        for _ in range(self.ATTEMPTS):
            failure = self._start()
            if failure is None:
                return
            failures.append(failure)
        raise RuntimeError(
            f"{binary} did not start its DevTools endpoint in {self.ATTEMPTS} attempts:\n"
            + "\n".join(failures)
        )

    def _start(self) -> str | None:
        """Start one browser; None when its DevTools endpoint is up, else why not."""
        self.profile = tempfile.mkdtemp(prefix="conflictkg-chromium-")
        self.log_path = Path(self.profile).with_suffix(".log")
        width, height = self.size
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [
                    self.binary, "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                    "--remote-debugging-port=0", "--remote-allow-origins=*",
                    f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank",
                ],
                stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        port_file = Path(self.profile) / "DevToolsActivePort"
        started = time.monotonic()
        while not (port_file.exists() and port_file.read_text().strip()):
            exited = self.proc.poll()
            waited = time.monotonic() - started
            if exited is not None or waited > self.START_TIMEOUT:
                tail = self.log_path.read_text(errors="replace").strip().splitlines()[-15:]
                self.close()
                state = f"exited with {exited}" if exited is not None else "still starting"
                return f"- {state} after {waited:.0f}s; it printed:\n    " + "\n    ".join(tail)
            time.sleep(0.1)
        self.port = int(port_file.read_text().split()[0])
        return None

    def page(self) -> Page:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=10) as response:
            targets = json.load(response)
        target = next(t for t in targets if t["type"] == "page")
        return Page(target["webSocketDebuggerUrl"])

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)
        self.log_path.unlink(missing_ok=True)
