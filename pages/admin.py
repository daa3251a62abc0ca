"""Người dùng và nhật ký: the administrator adds, disables and resets accounts and reads the audit trail
(which nothing in the app can change or delete)."""

import datetime as dt
import secrets

import pandas as pd
import streamlit as st

from access import audit, policy, store
from access.policy import ROLES
from dashboard import session, widgets
from labels import access as access_text
from labels import page_admin as txt
from labels import ui
from warehouse.db import db_path

session.through_app()
st.title(ui.PAGE_ADMIN)
user = session.current_user()
if user is None or not policy.may_open(user.role, "admin"):
    st.error(ui.ACCESS_DENIED)
    st.stop()
database = db_path()
actor = user.user_name

# --- Accounts ----------------------------------------------------------------------------------------
st.header(txt.USERS)
accounts = store.users(database)
frame = pd.DataFrame(
    {
        "user_name": [a.user_name for a in accounts],
        "display_name": [a.display_name for a in accounts],
        "role_name": [access_text.ROLE_LABELS.get(a.role, a.role) for a in accounts],
        "unit_code": [a.unit_code for a in accounts],
        "state": [
            access_text.STATUS_ACTIVE if a.is_active else access_text.STATUS_DISABLED for a in accounts
        ],
    }
)
widgets.table(frame, list(frame.columns), labels=txt.COLUMNS, key="admin_users", title=txt.USERS)

with st.expander(txt.ADD), st.form("admin_add", clear_on_submit=True):
    cells = st.columns(2)
    new_name = cells[0].text_input(txt.USER_NAME)
    new_display = cells[1].text_input(txt.DISPLAY_NAME)
    new_role = cells[0].selectbox(txt.ROLE, ROLES, format_func=lambda r: access_text.ROLE_LABELS.get(r, r))
    new_unit = cells[1].text_input(txt.UNIT)
    new_password = st.text_input(txt.PASSWORD, type="password")
    if st.form_submit_button(txt.ADD_BUTTON, type="primary"):
        try:
            made = store.add_user(
                database,
                new_name,
                new_password,
                new_role,
                unit_code=new_unit.strip() or None,
                display_name=new_display.strip() or None,
                actor=actor,
            )
        except ValueError as exc:
            st.error(str(exc))
        else:
            st.success(txt.ADDED.format(user=made.user_name))

if accounts:
    with st.expander(txt.CHANGE):
        names = [a.user_name for a in accounts]
        picked = st.selectbox(txt.PICK, names, key="admin_pick")
        cells = st.columns(3)
        try:
            if cells[0].button(txt.DISABLE, key="admin_disable"):
                store.disable_user(database, picked, actor=actor)
                st.success(txt.DISABLED.format(user=picked))
            if cells[1].button(txt.ENABLE, key="admin_enable"):
                store.enable_user(database, picked, actor=actor)
                st.success(txt.ENABLED.format(user=picked))
            if cells[2].button(txt.RESET, key="admin_reset"):
                password = secrets.token_urlsafe(12)
                store.reset_password(database, picked, password, actor=actor)
                st.success(txt.RESET_DONE.format(user=picked, password=password))
        except ValueError as exc:
            st.error(str(exc))

# --- Audit trail -------------------------------------------------------------------------------------
st.header(txt.AUDIT)
st.caption(txt.AUDIT_HELP)
cells = st.columns(5)
who = cells[0].selectbox(
    txt.FILTER_USER, [None, *[a.user_name for a in accounts]], format_func=lambda u: u or ui.ALL
)
what = cells[1].multiselect(
    txt.FILTER_ACTION,
    list(audit.ACTIONS),
    format_func=lambda a: access_text.ACTION_LABELS.get(a, a),
    placeholder=ui.ALL,
)
text = cells[2].text_input(txt.FILTER_TEXT)
since = cells[3].date_input(txt.FILTER_FROM, value=None, format="DD/MM/YYYY")
until = cells[4].date_input(txt.FILTER_TO, value=None, format="DD/MM/YYYY")
limit = 2000
found = audit.entries(
    database,
    user_name=who,
    action=what or None,
    since=dt.datetime.combine(since, dt.time(), dt.UTC) if since else None,
    until=dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), dt.UTC) if until else None,
    text=text or None,
    limit=limit,
)
trail = pd.DataFrame(
    {
        "recorded_at": [e.at.astimezone().replace(tzinfo=None) for e in found],
        "user_name": [e.user_name for e in found],
        "action_name": [access_text.ACTION_LABELS.get(e.action, e.action) for e in found],
        "object": [e.object for e in found],
        "detail": [e.detail for e in found],
    }
)
st.caption(txt.AUDIT_COUNT.format(count=len(found), limit=limit))
widgets.table(trail, list(trail.columns), labels=txt.COLUMNS, key="admin_audit", title=txt.AUDIT_EXPORT)
