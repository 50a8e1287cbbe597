#pragma once

#include "models/PagedListModel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace Activo {

class ErrorPanel;

// A table over a PagedListModel that shows the model's state in the view
// itself: a loading message before the first page, an empty message when
// nothing matches, an error with Retry and "Copy details" when loading
// fails, and a line under the table while further pages load or when one
// of them failed.
class PagedTableView : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString loading;     // "Loading assets…"
        QString empty;       // "This company has no assets."
        QString emptySearch; // "No assets match “%1”." (%1 is the search text)
        QString failed;      // "The assets could not be loaded."
        QString idle;        // shown before a company is chosen
    };

    explicit PagedTableView(QWidget *parent = nullptr);

    void setModel(PagedListModel *model);
    void setTexts(const Texts &texts);
    // Columns whose text arrives after the first page is measured (linked
    // names looked up later); they get room for a code and a name.
    void setLinkColumns(const QList<int> &columns) { m_linkColumns = columns; }
    // Columns whose width the user set: fitting the first page leaves them as they are.
    void setKeptWidthColumns(const QList<int> &columns) { m_keptWidthColumns = columns; }
    // Fits the visible columns to the loaded rows now, as the first page does.
    void refitColumns();
    QTableView *table() const { return m_table; }

    // Shows an error that is not the model's, e.g. the company list failing;
    // Retry then emits externalRetryRequested(). clearExternalError() returns to the model's state.
    void showExternalError(const QString &heading, const ApiError &error);
    // `actionText` labels a button that emits externalRetryRequested(); empty means no button.
    void showExternalMessage(const QString &heading, const QString &message, const QString &actionText = QString());
    void clearExternalError();

Q_SIGNALS:
    void externalRetryRequested();

private:
    void updateState();
    void fitColumnsOnce();

    QPointer<PagedListModel> m_model;
    Texts m_texts;
    bool m_externalError = false;
    bool m_columnsFitted = false;
    QList<int> m_linkColumns;
    QList<int> m_keptWidthColumns;

    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_messageLabel;
    ErrorPanel *m_errorPanel;
    QLabel *m_footerLabel;
    ErrorPanel *m_footerError;
};

} // namespace Activo
