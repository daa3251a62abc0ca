"""Entry point: `streamlit run app.py`. Sign-in, the pages the user's role may open, the page shell and
the sidebar filters."""

from __future__ import annotations

import streamlit as st

from access import policy
from dashboard import filters, queries, session
from labels import ui

st.set_page_config(page_title=ui.APP_TITLE, page_icon=":material/analytics:", layout="wide")

# Every page by its policy name: file, title, icon, URL. The menu holds only those the user's role may
# open; the first of them is the role's home page (the overview for leaders and Nội vụ).
PAGES = {
    "overview": ("pages/overview.py", ui.PAGE_OVERVIEW, ":material/dashboard:", "tong-quan"),
    "trend": ("pages/trend.py", ui.PAGE_TREND, ":material/trending_up:", "xu-huong"),
    "ranking": ("pages/ranking.py", ui.PAGE_RANKING, ":material/leaderboard:", "xep-hang"),
    "weakness": ("pages/weakness.py", ui.PAGE_WEAKNESS, ":material/troubleshoot:", "diem-yeu"),
    "one_stop": ("pages/one_stop.py", ui.PAGE_ONE_STOP, ":material/support_agent:", "mot-cua"),
    "national": ("pages/national.py", ui.PAGE_NATIONAL, ":material/public:", "chi-so-quoc-gia"),
    "unit": ("pages/unit.py", ui.PAGE_UNIT, ":material/apartment:", "don-vi"),
    "quality": ("pages/quality.py", ui.PAGE_QUALITY, ":material/rule:", "chat-luong-du-lieu"),
    "upload": ("pages/upload.py", ui.PAGE_UPLOAD, ":material/upload_file:", "nap-du-lieu"),
    "home": ("pages/home.py", ui.PAGE_HOME, ":material/database:", "kho-du-lieu"),
    "reference": ("pages/reference.py", ui.PAGE_REFERENCE, ":material/menu_book:", "danh-muc"),
    "admin": ("pages/admin.py", ui.PAGE_ADMIN, ":material/admin_panel_settings:", "quan-tri"),
}
SECTIONS = {
    ui.NAV_LEADERS: ["overview", "trend", "ranking", "weakness", "one_stop", "national", "unit"],
    ui.NAV_DATA: ["quality", "upload", "home", "reference"],
    ui.NAV_ADMIN: ["admin"],
}
user = session.revalidate()
if user is None:
    # Until someone signs in, every address of the app shows the sign-in form and only it (a file of
    # pages/ that Streamlit runs by itself is turned back by session.through_app). Signing in reruns the
    # same address, so a shared link opens its own page and filters once the user is in.
    def _form_at(url_path: str) -> object:
        def sign_in_here() -> None:
            session.sign_in()

        sign_in_here.__name__ = f"sign_in_{url_path.replace('-', '_')}"
        return sign_in_here

    addresses = [url_path for _, _, _, url_path in PAGES.values()]
    forms = [
        st.Page(_form_at(url_path), title=ui.SIGN_IN_TITLE, url_path=url_path, default=not number)
        for number, url_path in enumerate(addresses)
    ]
    st.navigation(forms, position="hidden").run()
    st.stop()

open_pages = policy.pages_for(user.role)
menu: dict[str, list] = {}
for section, names in SECTIONS.items():
    for name in names:
        if name in open_pages:
            path, title, icon, url_path = PAGES[name]
            first = not menu
            menu.setdefault(section, []).append(
                st.Page(path, title=title, icon=icon, url_path=url_path, default=first)
            )
page = st.navigation(menu)
st.sidebar.markdown(f"**{ui.APP_TITLE}**")
session.sidebar_card(user)
# One read-only connection for the whole view (sidebar and page), closed once the page is drawn; every
# query runs for the signed-in user and is refused for a role it is not meant for.
with queries.acting_as(session.principal()), queries.view():
    if user.role != policy.ADMIN:
        try:
            years = queries.available_years() if queries.has_data() else []
        except queries.WarehouseBusy:
            st.warning(ui.DB_LOCKED)
            st.stop()
        filters.remember(filters.sidebar(years))
    page.run()
