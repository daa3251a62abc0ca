"""Nạp dữ liệu: several files at once, loaded by the real loader in a child process, with per file the
same report as the command line (status, findings with their cells). A unit's account loads its own
unit's files only."""

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from access import audit, policy
from dashboard import session, uploads, widgets
from dashboard.format import for_display, plain_markdown, vn_number
from labels import page_upload as txt
from labels import ui
from warehouse.db import db_path

# Up to this many findings of a file are shown as messages; more, as a table.
SHOWN_AS_MESSAGES = 20

session.through_app()
st.title(ui.PAGE_UPLOAD)
user = session.current_user()
who = session.principal()
if user is None or not policy.may_upload(user.role):
    st.error(ui.ACCESS_DENIED)
    st.stop()
st.caption(txt.INTRO)
allowed_kinds = policy.UPLOAD_KINDS[user.role]
allowed_units = who.unit_codes
if allowed_units is not None:
    st.info(txt.INTRO_UNIT.format(units=", ".join(sorted(allowed_units))))

limit_mb = uploads.limit_bytes() // (1024 * 1024)
chosen = widgets.file_picker(
    txt.PICKER,
    button=txt.PICKER_BUTTON,
    drop=txt.PICKER_DROP.format(limit=limit_mb),
    help=txt.PICKER_HELP.format(limit=limit_mb),
    key="upload_files",
)
if chosen and st.button(txt.BUTTON.format(count=len(chosen)), type="primary", key="upload_go"):
    database = db_path()
    reports: list[dict] = []
    bar = st.progress(0.0, text=txt.PROGRESS.format(done=0, total=len(chosen)))
    with tempfile.TemporaryDirectory(prefix="nap_") as scratch:
        staged = uploads.stage(((f.name, f.getvalue()) for f in chosen), Path(scratch))
        for item in staged:
            if item.path is None:
                size = vn_number(item.size / 1024 / 1024, 1)
                message = txt.TOO_LARGE.format(file=item.name, size=size, limit=limit_mb)
                reports.append(
                    {
                        "file": item.name,
                        "status": "rejected",
                        "findings": [{"severity": "error", "message": message}],
                    }
                )
                audit.record(database, user.user_name, "reject", item.name, message)

        def received(report: dict) -> None:
            report["file"] = Path(str(report["file"])).name
            reports.append(report)
            bar.progress(
                len(reports) / len(staged), text=txt.PROGRESS.format(done=len(reports), total=len(staged))
            )

        to_load = [item.path for item in staged if item.path is not None]
        code, said = (
            (0, "")
            if not to_load
            else uploads.load(
                to_load,
                database,
                uploader=user.user_name,
                allowed_kinds=allowed_kinds,
                allowed_units=allowed_units,
                on_report=received,
            )
        )
    st.session_state["upload_reports"] = reports
    st.session_state["upload_problem"] = said.strip() if code == 2 else None

problem = st.session_state.get("upload_problem")
if problem:
    st.error(txt.COULD_NOT_START.format(detail=problem))
reports = st.session_state.get("upload_reports") or []
if reports:
    counts = pd.Series([r["status"] for r in reports]).value_counts()
    st.success(
        txt.DONE.format(
            total=len(reports),
            loaded=int(counts.get("loaded", 0) + counts.get("superseded", 0)),
            rejected=int(counts.get("rejected", 0)),
            duplicate=int(counts.get("duplicate", 0)),
        )
    )
    for number, report in enumerate(reports):
        status = txt.STATUS.get(str(report["status"]), str(report["status"]))
        with st.expander(
            txt.REPORT_TITLE.format(status=status, file=report["file"]),
            expanded=report["status"] == "rejected",
        ):
            if report.get("kind") or report.get("unit_code"):
                st.caption(
                    txt.REPORT_FACTS.format(
                        kind=ui.KIND_LABELS.get(str(report.get("kind")), txt.UNKNOWN),
                        unit=report.get("unit_code") or txt.UNKNOWN,
                        period=report.get("period") or report.get("year") or txt.UNKNOWN,
                        rows=vn_number(report.get("rows_loaded") or 0),
                        rejected_rows=vn_number(report.get("rows_rejected") or 0),
                    )
                )
            if report.get("supersedes"):
                st.caption(txt.SUPERSEDES)
            findings = pd.DataFrame(
                report.get("findings") or [], columns=["severity", "sheet", "cell", "message"]
            )
            if findings.empty:
                st.caption(txt.NO_FINDINGS)
            elif len(findings) <= SHOWN_AS_MESSAGES:
                # A few findings read best as messages, whole (a table cuts long ones).
                for severity, message in zip(findings["severity"], findings["message"], strict=True):
                    (st.error if severity == "error" else st.warning)(plain_markdown(str(message)))
            else:
                st.dataframe(
                    for_display(findings, ["severity", "sheet", "cell", "message"], labels=txt.COLUMNS),
                    hide_index=True,
                    width="stretch",
                    key=f"upload_findings_{number}",
                )
