//! A data table in an article: caption, column headers with `scope`, and row headers when the
//! writer marked the first column as naming the rows.
//!
//! Each data cell also carries its column's label, hidden on a wide column: on a narrow one
//! (a phone, or large text) table.css lays every row out as a card, and the labels say what
//! each line of the card is. The label is `aria-hidden`: screen readers already announce the
//! column header from the table itself. No ARIA roles are written: the HTML standard forbids
//! them on table elements, and the engines we test keep a table's semantics when table.css
//! lays its rows out as cards (tests/e2e checks the accessibility tree on a phone).

use leptos::prelude::*;

use super::body::InlineRuns;
use crate::content::model::{ColumnAlign, Table};

/// A captioned data table (never a layout table).
#[component]
pub fn DataTable(table: Table) -> impl IntoView {
    let Table { caption, head, align, row_headers, rows } = table;
    let class = |column: usize| match align.get(column).copied().unwrap_or_default() {
        ColumnAlign::Default | ColumnAlign::Left => "table__cell",
        ColumnAlign::Center => "table__cell table__cell--center",
        ColumnAlign::Right => "table__cell table__cell--right",
    };
    let header_row = head
        .iter()
        .enumerate()
        .map(|(column, label)| view! { <th scope="col" class=class(column)>{label.clone()}</th> })
        .collect_view();
    let body_rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter().enumerate();
            // The row's header, when the writer marked the first column as naming the rows.
            let row_header = if row_headers { cells.next() } else { None }
                .map(|(column, runs)| view! { <th scope="row" class=class(column)><InlineRuns runs=runs/></th> });
            let data_cells = cells
                .map(|(column, runs)| {
                    let label = head.get(column).cloned().unwrap_or_default();
                    view! {
                        <td class=class(column)>
                            <span class="table__label" aria-hidden="true">{label}</span>
                            <InlineRuns runs=runs/>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr>{row_header}{data_cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table">
            <table>
                <caption>{caption}</caption>
                <thead><tr>{header_row}</tr></thead>
                <tbody>{body_rows}</tbody>
            </table>
        </div>
    }
}
