#include "PagedTableView.h"

#include "ErrorPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Activo {

namespace {

enum PageIndex { TablePage, MessagePage, ErrorPage };

// QAbstractItemView calls fetchMore() on the model when the horizontal scroll
// bar reaches its end, as for the vertical one. Scrolling sideways to the
// amounts must not load pages, so only vertical scrolling does.
class PagedTable : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void horizontalScrollbarValueChanged(int) override {}
};

} // namespace

PagedTableView::PagedTableView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_table(new PagedTable(this))
    , m_messageLabel(new QLabel(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_footerLabel(new QLabel(this))
    , m_footerError(new ErrorPanel(this))
{
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text per row with a little air, whatever the style's default.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Sorting would only order the loaded pages, which misleads; the server's order is kept.
    m_table->setSortingEnabled(false);

    m_messageLabel->setObjectName(QStringLiteral("stateMessage"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setFocusPolicy(Qt::StrongFocus);
    m_messageLabel->setAccessibleName(tr("List status"));

    auto *errorPage = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->addStretch();
    errorLayout->addWidget(m_errorPanel);
    errorLayout->addStretch();

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_messageLabel);
    m_pages->addWidget(errorPage);

    m_footerLabel->setObjectName(QStringLiteral("footerMessage"));
    m_footerLabel->setTextFormat(Qt::PlainText);
    m_footerLabel->setAccessibleName(tr("Loading status"));
    // The footer keeps its room while hidden: a table that changed height
    // with every page would be laid out and repainted twice per page.
    QSizePolicy footerPolicy = m_footerLabel->sizePolicy();
    footerPolicy.setRetainSizeWhenHidden(true);
    m_footerLabel->setSizePolicy(footerPolicy);
    m_footerLabel->hide();
    m_footerError->setObjectName(QStringLiteral("footerError"));
    m_footerError->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_footerLabel);
    layout->addWidget(m_footerError);

    connect(m_errorPanel, &ErrorPanel::retryRequested, this, [this] {
        if (m_externalError)
            Q_EMIT externalRetryRequested();
        else if (m_model)
            m_model->retry();
    });
    connect(m_footerError, &ErrorPanel::retryRequested, this, [this] {
        if (m_model)
            m_model->retry();
    });
}

void PagedTableView::setModel(PagedListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        connect(model, &PagedListModel::stateChanged, this, &PagedTableView::updateState);
        connect(model, &PagedListModel::fetchingChanged, this, &PagedTableView::updateState);
        connect(model, &PagedListModel::pageLoaded, this, &PagedTableView::updateState);
        connect(model, &PagedListModel::pageLoaded, this, &PagedTableView::fitColumnsOnce);
        connect(model, &QAbstractItemModel::modelReset, this, &PagedTableView::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_columnsFitted = false; });
    }
    updateState();
}

void PagedTableView::refitColumns()
{
    m_columnsFitted = false;
    fitColumnsOnce();
}

void PagedTableView::fitColumnsOnce()
{
    if (m_columnsFitted || !m_model || m_model->rowCount(QModelIndex()) == 0)
        return;
    m_columnsFitted = true;
    // Sized to the first page only: later pages never make the columns jump.
    QHeaderView *header = m_table->horizontalHeader();
    const int maximum = qMax(120, m_table->fontMetrics().averageCharWidth() * 26);
    QList<std::pair<int, int>> clipped; // column, width its text wants
    int used = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (m_keptWidthColumns.contains(column)) {
            used += header->sectionSize(column);
            continue;
        }
        m_table->resizeColumnToContents(column);
        int wanted = header->sectionSize(column) + 12;
        if (m_linkColumns.contains(column))
            wanted = qMax(wanted, m_table->fontMetrics().averageCharWidth() * 30);
        header->resizeSection(column, qMin(wanted, maximum));
        used += header->sectionSize(column);
        if (wanted > maximum)
            clipped.append({column, wanted});
    }
    // Room the table does not need goes to the columns whose text was cut, so
    // short lists show long names whole.
    int spare = m_table->viewport()->width() - used;
    for (const auto &[column, wanted] : std::as_const(clipped)) {
        if (spare <= 0)
            break;
        const int extra = qMin(spare, wanted - header->sectionSize(column));
        header->resizeSection(column, header->sectionSize(column) + extra);
        spare -= extra;
    }
}

void PagedTableView::setTexts(const Texts &texts)
{
    m_texts = texts;
    updateState();
}

void PagedTableView::showExternalError(const QString &heading, const ApiError &error)
{
    m_externalError = true;
    m_errorPanel->setError(heading, error);
    m_errorPanel->setRetryVisible(true);
    m_errorPanel->setRetryText(tr("&Retry"));
    updateState();
}

void PagedTableView::showExternalMessage(const QString &heading, const QString &message, const QString &actionText)
{
    m_externalError = true;
    m_errorPanel->setMessage(heading, message);
    m_errorPanel->setRetryVisible(!actionText.isEmpty());
    if (!actionText.isEmpty())
        m_errorPanel->setRetryText(actionText);
    updateState();
}

void PagedTableView::clearExternalError()
{
    m_externalError = false;
    updateState();
}

void PagedTableView::updateState()
{
    const bool hadFocus = m_pages->currentWidget() && m_pages->currentWidget()->hasFocus();
    m_footerLabel->hide();
    m_footerError->hide();

    if (m_externalError) {
        m_pages->setCurrentIndex(ErrorPage);
        return;
    }
    if (!m_model) {
        m_messageLabel->setText(m_texts.idle);
        m_pages->setCurrentIndex(MessagePage);
        return;
    }

    const int rows = m_model->rowCount(QModelIndex());
    switch (m_model->state()) {
    case PagedListModel::State::Idle:
        m_messageLabel->setText(m_texts.idle);
        m_pages->setCurrentIndex(MessagePage);
        break;
    case PagedListModel::State::Loading:
        m_messageLabel->setText(m_texts.loading);
        m_pages->setCurrentIndex(MessagePage);
        break;
    case PagedListModel::State::Failed:
        if (rows == 0) {
            m_errorPanel->setError(m_texts.failed, m_model->lastError());
            m_errorPanel->setRetryVisible(true);
            m_pages->setCurrentIndex(ErrorPage);
        } else {
            m_footerError->setError(m_texts.failed, m_model->lastError());
            m_footerError->setRetryVisible(true);
            m_footerError->show();
            m_pages->setCurrentIndex(TablePage);
        }
        break;
    case PagedListModel::State::Ready:
        if (rows == 0 && m_model->isComplete()) {
            m_messageLabel->setText(m_model->search().isEmpty() ? m_texts.empty
                                                                : m_texts.emptySearch.arg(m_model->search()));
            m_pages->setCurrentIndex(MessagePage);
        } else {
            m_pages->setCurrentIndex(TablePage);
            if (m_model->isFetching()) {
                m_footerLabel->setText(m_texts.loading);
                m_footerLabel->show();
            }
        }
        break;
    }
    if (hadFocus && m_pages->currentWidget())
        m_pages->currentWidget()->setFocus();
}

} // namespace Activo
