<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Activo::AssetCodeLookup</name>
    <message numerus="yes">
        <source>Not checked: %Ln assets contain this text, too many to look through. Select this asset in the register instead.</source>
        <translation>
            <numerusform>Not checked: %Ln asset contains this text, too many to look through. Select this asset in the register instead.</numerusform>
            <numerusform>Not checked: %Ln assets contain this text, too many to look through. Select this asset in the register instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::AssetDetailsDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::AssetEditorDialog</name>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix of the useful life in months</comment>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n entries. Choose one from the list.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n entries. Choose one from the list.</numerusform>
            <numerusform>&quot;%1&quot; matches %n entries. Choose one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::BulkEditController</name>
    <message numerus="yes">
        <source>%n asset(s) selected</source>
        <translation>
            <numerusform>%n asset selected</numerusform>
            <numerusform>%n assets selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not loaded in the table)</source>
        <translation>
            <numerusform>(%n not loaded in the table)</numerusform>
            <numerusform>(%n not loaded in the table)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::BulkEditDialog</name>
    <message numerus="yes">
        <source>Set new values on %n selected asset(s). Fields that are not checked are left as each asset has them.</source>
        <translation>
            <numerusform>Set new values on %n selected asset. Fields that are not checked are left as the asset has them.</numerusform>
            <numerusform>Set new values on %n selected assets. Fields that are not checked are left as each asset has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n entries. Choose one from the list.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n entry. Choose one from the list.</numerusform>
            <numerusform>&quot;%1&quot; matches %n entries. Choose one from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) will be changed.</source>
        <translation>
            <numerusform>%n asset will be changed.</numerusform>
            <numerusform>%n assets will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) already have these values.</source>
        <translation>
            <numerusform>%n asset already has these values.</numerusform>
            <numerusform>%n assets already have these values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) cannot be changed:</source>
        <translation>
            <numerusform>%n asset cannot be changed:</numerusform>
            <numerusform>%n assets cannot be changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n asset(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n asset</numerusform>
            <numerusform>&amp;Apply to %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) were not started because the changes were cancelled.</source>
        <translation>
            <numerusform>%n asset was not started because the changes were cancelled.</numerusform>
            <numerusform>%n assets were not started because the changes were cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ConnectionPage</name>
    <message numerus="yes">
        <source>Connected: %n company(ies) on %1.</source>
        <translation>
            <numerusform>Connected: %n company on %1.</numerusform>
            <numerusform>Connected: %n companies on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key pasted (%n character(s)). It is stored when you press OK.</source>
        <translation>
            <numerusform>Key pasted (%n character). It is stored when you press OK.</numerusform>
            <numerusform>Key pasted (%n characters). It is stored when you press OK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::DepreciationTab</name>
    <message numerus="yes">
        <source>%n entry(ies) could not be placed in the useful life and were left out.</source>
        <translation>
            <numerusform>%n entry(ies) could not be placed in the useful life and were left out.</numerusform>
            <numerusform>%n entry(ies) could not be placed in the useful life and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted month(s) from the server. The other months, in grey italics, are computed straight-line from the cost, the salvage value and the useful life.</source>
        <translation>
            <numerusform>%n posted month from the server. The other months, in grey italics, are computed straight-line from the cost, the salvage value and the useful life.</numerusform>
            <numerusform>%n posted months from the server. The other months, in grey italics, are computed straight-line from the cost, the salvage value and the useful life.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Depreciation schedule of %1 — %2: cost %3, salvage value %4, useful life %n month(s)</source>
        <translation>
            <numerusform>Depreciation schedule of %1 — %2: cost %3, salvage value %4, useful life %n month</numerusform>
            <numerusform>Depreciation schedule of %1 — %2: cost %3, salvage value %4, useful life %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ExportDialog</name>
    <message numerus="yes">
        <source>%Ln matching row(s)</source>
        <translation>
            <numerusform>%Ln matching row</numerusform>
            <numerusform>%Ln matching rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visible column(s), in their order on screen</source>
        <translation>
            <numerusform>%n visible column, in their order on screen</numerusform>
            <numerusform>%n visible columns, in their order on screen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln row to %1.</numerusform>
            <numerusform>Saved %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::GoToAssetDialog</name>
    <message numerus="yes">
        <source>No asset has exactly the code or EPC “%1”; %Ln asset(s) only contain it. Use the register&apos;s search to see them.</source>
        <translation>
            <numerusform>No asset has exactly the code or EPC “%1”; %Ln asset only contain it. Use the register&apos;s search to see them.</numerusform>
            <numerusform>No asset has exactly the code or EPC “%1”; %Ln assets only contain it. Use the register&apos;s search to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportDryRunPage</name>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportFilePage</name>
    <message numerus="yes">
        <source>%n asset lines.</source>
        <translation>
            <numerusform>%n asset line.</numerusform>
            <numerusform>%n asset lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportMappingPage</name>
    <message numerus="yes">
        <source>%1 is chosen for %n columns (%2). Choose it for one column only.</source>
        <translation>
            <numerusform>%1 is chosen for %n column (%2). Choose it for one column only.</numerusform>
            <numerusform>%1 is chosen for %n columns (%2). Choose it for one column only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportPlanner</name>
    <message numerus="yes">
        <source>%n records of this list have this name. Use the code instead.</source>
        <translation>
            <numerusform>%n record of this list has this name. Use the code instead.</numerusform>
            <numerusform>%n records of this list have this name. Use the code instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1 of %n asset codes…</source>
        <translation>
            <numerusform>Looked up %1 of %n asset code…</numerusform>
            <numerusform>Looked up %1 of %n asset codes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n asset codes…</source>
        <translation>
            <numerusform>Looking up %n asset code…</numerusform>
            <numerusform>Looking up %n asset codes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportReportPage</name>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown - check before running again</source>
        <translation>
            <numerusform>%n unknown - check before running again</numerusform>
            <numerusform>%n unknown - check before running again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent after Stop</source>
        <translation>
            <numerusform>%n not sent after Stop</numerusform>
            <numerusform>%n not sent after Stop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportRunPage</name>
    <message numerus="yes">
        <source>%1 of %n lines done.</source>
        <translation>
            <numerusform>%1 of %n line done.</numerusform>
            <numerusform>%1 of %n lines done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::KeychainKeyStore</name>
    <message numerus="yes">
        <source>The keychain did not answer in %n second(s). Check that it is running and unlocked, then try again.</source>
        <translation>
            <numerusform>The keychain did not answer in %n second. Check that it is running and unlocked, then try again.</numerusform>
            <numerusform>The keychain did not answer in %n seconds. Check that it is running and unlocked, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ListExporter</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out because the server sent them twice or without an id.</source>
        <translation>
            <numerusform>%n record were left out because the server sent them twice or without an id.</numerusform>
            <numerusform>%n records were left out because the server sent them twice or without an id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Sent %Ln row to %1.</numerusform>
            <numerusform>Sent %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::MainWindow</name>
    <message numerus="yes">
        <source>Showing %L1 of %Ln asset(s) · %2</source>
        <translation>
            <numerusform>Showing %L1 of %Ln asset · %2</numerusform>
            <numerusform>Showing %L1 of %Ln assets · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln asset(s) matching “%2” · %3</source>
        <translation>
            <numerusform>Showing %L1 of %Ln asset matching “%2” · %3</numerusform>
            <numerusform>Showing %L1 of %Ln assets matching “%2” · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because the server sent them twice or with missing fields</source>
        <translation>
            <numerusform>%n row skipped because the server sent them twice or with missing fields</numerusform>
            <numerusform>%n rows skipped because the server sent them twice or with missing fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with values the server sent in a form that cannot be read, left blank</source>
        <translation>
            <numerusform>%n row with values the server sent in a form that cannot be read, left blank</numerusform>
            <numerusform>%n rows with values the server sent in a form that cannot be read, left blank</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::PagedListModel</name>
    <message numerus="yes">
        <source>%n pages in a row contained only rows that are already listed.</source>
        <translation>
            <numerusform>%n pages in a row contained only rows that are already listed.</numerusform>
            <numerusform>%n pages in a row contained only rows that are already listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::RecordDetailsDialog</name>
    <message numerus="yes">
        <source>%Ln line(s) · Debit %1 · Credit %2</source>
        <translation>
            <numerusform>%Ln line · Debit %1 · Credit %2</numerusform>
            <numerusform>%Ln lines · Debit %1 · Credit %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) or amounts could not be read</source>
        <translation>
            <numerusform>%Ln line or amounts could not be read</numerusform>
            <numerusform>%Ln lines or amounts could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::RecordListPage</name>
    <message numerus="yes">
        <source>%1: showing %L2 of %Ln</source>
        <translation>
            <numerusform>%1: showing %L2 of %Ln</numerusform>
            <numerusform>%1: showing %L2 of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because the server sent them twice or without an id</source>
        <translation>
            <numerusform>%n row skipped because the server sent them twice or without an id</numerusform>
            <numerusform>%n rows skipped because the server sent them twice or without an id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::RegisterSummaryPage</name>
    <message numerus="yes">
        <source>%Ln asset(s) had missing or unreadable amounts or ids: amounts counted as zero, assets without an id left out.</source>
        <translation>
            <numerusform>%Ln asset had missing or unreadable amounts or ids: amounts counted as zero, assets without an id left out.</numerusform>
            <numerusform>%Ln assets had missing or unreadable amounts or ids: amounts counted as zero, assets without an id left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) the server sent more than once were counted once.</source>
        <translation>
            <numerusform>%Ln asset the server sent more than once was counted once.</numerusform>
            <numerusform>%Ln assets the server sent more than once were counted once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::SelectByCodesDialog</name>
    <message numerus="yes">
        <source>Looking up %n code(s)…</source>
        <translation>
            <numerusform>Looking up %n code…</numerusform>
            <numerusform>Looking up %n codes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every code was found. %n asset(s) are selected in the register.</source>
        <translation>
            <numerusform>Every code was found. %n asset is selected in the register.</numerusform>
            <numerusform>Every code was found. %n assets are selected in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) were found, and those assets are selected in the register.</source>
        <translation>
            <numerusform>%1 of %n code was found, and that asset is selected in the register.</numerusform>
            <numerusform>%1 of %n codes were found, and those assets are selected in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No asset has any of the %n code(s), so the selection is unchanged.</source>
        <translation>
            <numerusform>No asset has this code, so the selection is unchanged.</numerusform>
            <numerusform>No asset has any of these %n codes, so the selection is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>no data for %n second</numerusform>
            <numerusform>no data for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests and asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>The server is limiting requests and asks to wait %n minute before trying again.</numerusform>
            <numerusform>The server is limiting requests and asks to wait %n minutes before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests and asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The server is limiting requests and asks to wait %n second before trying again.</numerusform>
            <numerusform>The server is limiting requests and asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) in reply to %1.</source>
        <translation>
            <numerusform>The server sent nothing for %n second in reply to %1.</numerusform>
            <numerusform>The server sent nothing for %n seconds in reply to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n decimals, but amounts have at most 2.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n decimals, but amounts have at most 2.</numerusform>
            <numerusform>&quot;%1&quot; has %n decimals, but amounts have at most 2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePrintout</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
