"""Who is using the app: the sign-in form (or the deployment's identity provider through st.login), the
signed-in user kept in the session, and the principal the query layer runs for."""

from __future__ import annotations

import os

import streamlit as st

from access import audit, store
from access.policy import DON_VI
from dashboard import queries
from labels import access as access_text
from labels import ui
from warehouse.db import db_path

_USER = "user"
_PRINCIPAL = "principal"
_REROUTED = "rerouted_through_app"
# CCHC_SIGN_IN=oidc uses the identity provider configured under [auth] in .streamlit/secrets.toml.
OIDC = "oidc"


def through_app() -> None:
    """Stop a page that did not run through app.py (sign-in, role menu, the query principal).

    Until app.py has called st.navigation once in a server process, Streamlit (1.67) still runs a file of
    pages/ named in the address (/one_stop, /admin) directly, as in its old multipage mode: the first
    visitor after a restart would run the page without signing in. Such a run is turned back: the old mode
    is switched off and the address rerun, now through app.py and its sign-in form."""
    if queries.principal() is not None:
        return
    if not st.session_state.get(_REROUTED):
        st.session_state[_REROUTED] = True
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
        st.rerun()
    st.stop()


def current_user() -> store.User | None:
    return st.session_state.get(_USER)


def _forget() -> None:
    for key in (_USER, _PRINCIPAL):
        st.session_state.pop(key, None)


def revalidate() -> store.User | None:
    """The signed-in user as the store has them now: an account disabled, or its role or unit changed,
    while someone is signed in takes effect on their next click, not at their next sign-in."""
    user = current_user()
    if user is None:
        return None
    fresh = store.get_user(db_path(), user.user_name)
    if fresh is None or not fresh.is_active:
        _forget()
        return None
    if fresh != user:
        st.session_state[_USER] = fresh
        st.session_state.pop(_PRINCIPAL, None)
    return fresh


def principal() -> queries.Principal:
    """The query layer's principal for the signed-in user; a unit's account is bound to its units."""
    user = current_user()
    if user is None:
        raise queries.AccessDenied("not signed in")
    held = st.session_state.get(_PRINCIPAL)
    if held is not None and held.user_name == user.user_name:
        return held
    units = None
    if user.role == DON_VI:
        with queries.acting_as(queries.SYSTEM_PRINCIPAL):
            units = queries.units_of_account(user.unit_code or "")
    made = queries.Principal(user.user_name, user.role, units)
    st.session_state[_PRINCIPAL] = made
    return made


def _source() -> str | None:
    """Where the sign-in comes from, for throttling: the client's address. Behind a reverse proxy every
    request comes from the proxy, so with CCHC_TRUSTED_PROXY=1 the first X-Forwarded-For address is
    used instead (only then: the header is the client's to write when no proxy sets it)."""
    try:
        if os.environ.get("CCHC_TRUSTED_PROXY") == "1":
            forwarded = st.context.headers.get("X-Forwarded-For")
            if isinstance(forwarded, str) and forwarded.strip():
                return forwarded.split(",")[0].strip()
        address = st.context.ip_address
    except Exception:  # not every runtime (tests) has a request context
        return None
    return address if isinstance(address, str) else None


def sign_in() -> None:
    """The sign-in page: a form (or the identity provider's button); stops the script until signed in."""
    database = db_path()
    st.title(ui.SIGN_IN_TITLE)
    st.caption(ui.SIGN_IN_INTRO)
    if os.environ.get("CCHC_SIGN_IN") == OIDC:
        _sign_in_oidc(database)
        st.stop()
    if not store.users(database):
        st.info(ui.SIGN_IN_NO_USERS)
    with st.form("sign_in", enter_to_submit=True):
        name = st.text_input(ui.SIGN_IN_USER, key="sign_in_user")
        password = st.text_input(ui.SIGN_IN_PASSWORD, type="password", key="sign_in_password")
        submitted = st.form_submit_button(ui.SIGN_IN_BUTTON, type="primary")
    if submitted:
        result = store.authenticate(database, name, password, source=_source())
        if result.user is not None:
            st.session_state[_USER] = result.user
            st.rerun()
        st.error(result.message)
    st.stop()


def _sign_in_oidc(database) -> None:
    if not st.user.is_logged_in:
        st.button(ui.SIGN_IN_OIDC, on_click=st.login, type="primary")
        return
    email = str(st.user.get("email") or "").lower()
    user = store.get_user(database, email)
    if user is None or not user.is_active:
        audit.record(database, email or "?", "sign_in_failed", detail="oidc")
        st.error(ui.SIGN_IN_OIDC_UNKNOWN.format(email=email))
        return
    audit.record(database, user.user_name, "sign_in", detail="oidc")
    st.session_state[_USER] = user
    st.rerun()


def sign_out() -> None:
    user = current_user()
    if user is not None:
        audit.record(db_path(), user.user_name, "sign_out")
    _forget()
    if os.environ.get("CCHC_SIGN_IN") == OIDC and st.user.is_logged_in:
        st.logout()


def sidebar_card(user: store.User) -> None:
    """Who is signed in, and the way out."""
    st.sidebar.markdown(
        ui.SIGNED_IN_AS.format(name=user.display_name, role=access_text.ROLE_LABELS.get(user.role, user.role))
    )
    if user.unit_code:
        st.sidebar.caption(ui.SIGNED_IN_UNIT.format(unit=user.unit_code))
    st.sidebar.button(ui.SIGN_OUT, on_click=sign_out, icon=":material/logout:", key="sign_out")
