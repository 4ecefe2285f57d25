"""What docs/labelstudio.md's reader does in the browser, done in a headless one.

Used to follow the how-to end to end and to take docs/labelstudio-editor.png.
It needs playwright (``pip install playwright``, in any environment) and
Debian's chromium (``apt-get install chromium fonts-noto-cjk``); playwright's
own browser download is not used. Every request to a host other than
127.0.0.1 is refused and listed at the end, so the run also shows that
Label Studio's pages reach nothing outside.

    python docs/labelstudio_browser.py URL EMAIL PASSWORD PROJECT TASK \\
        [--select TEXT] [--screenshot OUT.png] [--delete TEXT] [--submit]

opens the task in the editor, selects the quantity whose text is TEXT (its
fields show under the text), takes the screenshot, deletes a region, and
submits the annotation, in that order.
"""

import argparse
import time

from playwright.sync_api import sync_playwright


def main() -> None:
    p = argparse.ArgumentParser()
    for name in ("url", "email", "password", "project", "task"):
        p.add_argument(name)
    p.add_argument("--select")
    p.add_argument("--screenshot")
    p.add_argument("--delete")
    p.add_argument("--submit", action="store_true")
    args = p.parse_args()
    refused = []

    def only_local(route):
        if route.request.url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-background-networking", "--disable-component-update",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        page = browser.new_page(viewport={"width": 1500, "height": 1150}, locale="zh-CN")
        page.route("**/*", only_local)
        page.goto(f"{args.url}/user/login/")
        page.fill("input[name=email]", args.email)
        page.fill("input[name=password]", args.password)
        page.click("button[type=submit], input[type=submit]")
        page.wait_for_load_state("networkidle")
        page.goto(f"{args.url}/projects/{args.project}/data?task={args.task}")
        page.get_by_role("button", name="Submit").or_(page.get_by_role("button", name="Update")).wait_for(timeout=120000)
        time.sleep(3)
        if args.select:
            page.get_by_text(args.select, exact=True).first.click()
            time.sleep(2)
        if args.screenshot:
            page.screenshot(path=args.screenshot)
        if args.delete:
            page.get_by_text(args.delete, exact=True).first.click()
            time.sleep(1)
            page.keyboard.press("Backspace")
            time.sleep(1)
        if args.submit:
            page.get_by_role("button", name="Submit").click()
            time.sleep(3)
        regions = page.evaluate("() => Array.from(document.querySelectorAll('.htx-highlight')).map(e => e.textContent)")
        print(f"task {args.task}: {len(regions)} highlighted spans after the actions")
        browser.close()
    print("requests refused (not to 127.0.0.1):", refused or "none")


if __name__ == "__main__":
    main()
