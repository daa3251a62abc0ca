"""Entry point: `streamlit run app.py`. Navigation, the page shell and the sidebar filters."""

from __future__ import annotations

import streamlit as st

from dashboard import filters, queries
from labels import ui

st.set_page_config(page_title=ui.APP_TITLE, page_icon=":material/analytics:", layout="wide")

LEADER_PAGES = [
    st.Page(
        "pages/overview.py",
        title=ui.PAGE_OVERVIEW,
        icon=":material/dashboard:",
        url_path="tong-quan",
        default=True,
    ),
    st.Page("pages/trend.py", title=ui.PAGE_TREND, icon=":material/trending_up:", url_path="xu-huong"),
    st.Page("pages/ranking.py", title=ui.PAGE_RANKING, icon=":material/leaderboard:", url_path="xep-hang"),
    st.Page("pages/weakness.py", title=ui.PAGE_WEAKNESS, icon=":material/troubleshoot:", url_path="diem-yeu"),
    st.Page("pages/one_stop.py", title=ui.PAGE_ONE_STOP, icon=":material/support_agent:", url_path="mot-cua"),
    st.Page(
        "pages/national.py", title=ui.PAGE_NATIONAL, icon=":material/public:", url_path="chi-so-quoc-gia"
    ),
    st.Page("pages/unit.py", title=ui.PAGE_UNIT, icon=":material/apartment:", url_path="don-vi"),
]
DATA_PAGES = [
    st.Page("pages/quality.py", title=ui.PAGE_QUALITY, icon=":material/rule:", url_path="chat-luong-du-lieu"),
    st.Page("pages/home.py", title=ui.PAGE_HOME, icon=":material/database:", url_path="kho-du-lieu"),
    st.Page("pages/reference.py", title=ui.PAGE_REFERENCE, icon=":material/menu_book:", url_path="danh-muc"),
]

page = st.navigation({ui.NAV_LEADERS: LEADER_PAGES, ui.NAV_DATA: DATA_PAGES})
st.sidebar.markdown(f"**{ui.APP_TITLE}**")
# One read-only connection for the whole view (sidebar and page), closed once the page is drawn.
with queries.view():
    try:
        years = queries.available_years() if queries.has_data() else []
    except queries.WarehouseBusy:
        st.warning(ui.DB_LOCKED)
        st.stop()
    filters.remember(filters.sidebar(years))
    page.run()
