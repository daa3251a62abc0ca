"""Entry point: `streamlit run app.py`. Navigation, the page shell and the sidebar filters."""

from __future__ import annotations

import streamlit as st

from dashboard import filters, queries
from labels import ui

st.set_page_config(page_title=ui.APP_TITLE, page_icon=":material/analytics:", layout="wide")

PAGES = [
    st.Page("pages/home.py", title=ui.PAGE_HOME, icon=":material/home:", url_path="trang-chu", default=True),
    st.Page("pages/reference.py", title=ui.PAGE_REFERENCE, icon=":material/menu_book:", url_path="danh-muc"),
]

page = st.navigation(PAGES)
st.sidebar.markdown(f"**{ui.APP_TITLE}**")
try:
    years = queries.available_years() if queries.has_data() else []
except queries.WarehouseBusy:
    st.warning(ui.DB_LOCKED)
    st.stop()
filters.remember(filters.sidebar(years))
page.run()
