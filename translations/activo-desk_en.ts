<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Activo::AssetDetailsDialog</name>
    <message>
        <source>The asset could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not an asset object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::AssetListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID EPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful life (months)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Connection failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your tenant, as in acme.activohq.cloud, or the full API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not start with &quot;ahq_&quot; like ActivoHQ keys usually do. Check that you copied the whole key; it is accepted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Key of %n character(s) pasted. It will be stored when you press OK.</source>
        <translation>
            <numerusform>Key of %n character pasted. It will be stored when you press OK.</numerusform>
            <numerusform>Key of %n characters pasted. It will be stored when you press OK.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the API key for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses the key from the ACTIVOHQ_API_KEY environment variable. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key for this server is stored in the system keychain. Paste a new key to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept for this session only, because no keychain is available. You will need to paste it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed. Paste a key to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the key cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not store the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key for this session only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activo Desk can keep the key in memory until you quit, and you will paste it again next time. It is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activo::ErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a description of the failed request for support. The API key is not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activo::KeychainKeyStore</name>
    <message>
        <source>The server base URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server base URL contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty, so it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains a NUL character, which the keychain cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain denied access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer in %n second(s). Check that it is running and unlocked, then try again.</source>
        <translation>
            <numerusform>The keychain did not answer in %n second. Check that it is running and unlocked, then try again.</numerusform>
            <numerusform>The keychain did not answer in %n seconds. Check that it is running and unlocked, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain did not answer in %1 seconds. Check that it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activo::MainWindow</name>
    <message>
        <source>Register status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name or RFID EPC (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company has no assets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Activo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your ActivoHQ server in Preferences to see the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Enter your ActivoHQ tenant or server address and paste an API key generated under Profile &gt; Developer API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key of %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for %1. Paste the key generated under Profile &gt; Developer API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so no key could be read. Paste the key; it can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the companies of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but this tenant has no companies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company %1 from the command line was not found; opening another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%n row(s) skipped because the server sent them twice or incomplete</source>
        <translation>
            <numerusform>%n row skipped because the server sent them twice or incomplete</numerusform>
            <numerusform>%n rows skipped because the server sent them twice or incomplete</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Activo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activo Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the ActivoHQ fixed-asset register.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
    <name>Activo::PagedTableView</name>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activo::PreferencesDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activo::SessionKeyStore</name>
    <message>
        <source>The server base URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server base URL contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty, so it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains a NUL character, which the keychain cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Check your network connection and the server address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be busy or the network slow. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not continue on an untrusted network. Ask your IT department to check the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a valid API key in Preferences. An administrator can generate one under Profile &gt; Developer API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your ActivoHQ administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a problem on the server. Try again later; if it persists, contact support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it persists, contact support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1). It was not followed, so the API key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the API key (HTTP 401). It may be wrong, revoked or replaced by a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent because %1 is not an encrypted address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that Activo Desk cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none sent by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: Activo Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate for &quot;%1&quot; issued by &quot;%2&quot;, SHA-256 fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned an HTML page instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page arrived instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is invalid (%1 at byte %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has status %1 but contains only an error message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Asset</name>
    <message>
        <source>an asset has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>asset status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>asset status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <comment>asset status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <comment>asset status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <comment>asset availability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <comment>asset availability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <comment>asset availability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <comment>asset availability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line</source>
        <comment>depreciation method</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDetailsDialog</name>
    <message>
        <source>Asset details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID EPC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID EPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated depreciation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net book value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Activo Desk: search, read and edit the fixed-asset register of an ActivoHQ company.
The API key is read from the system keychain, or from the ACTIVOHQ_API_KEY environment variable for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the API at &lt;url&gt; for this run, e.g. https://acme.activohq.cloud/api/v1 or http://127.0.0.1:8080/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to https://&lt;name&gt;.activohq.cloud/api/v1 for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --base-url or --tenant, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant takes a name such as &quot;acme&quot;; use --base-url for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this page opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant, e.g. acme, or https://acme.activohq.cloud/api/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenant name or the full address of the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key from Profile &gt; Developer API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is hidden and stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored API key of this server from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, API key and other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code, name or RFID EPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the register again from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of the selected asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Activo Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>the reply is not a JSON object with an &quot;items&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no &quot;items&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;items&quot; field of the reply is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no valid &quot;total&quot; count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply gives a negative total (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter your tenant (for example &quot;acme&quot;) or the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space. Enter a tenant such as &quot;acme&quot; or an address such as https://acme.activohq.cloud/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name. A tenant uses only letters, digits and hyphens, as in the address of your ActivoHQ site (acme.activohq.cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use a form such as https://acme.activohq.cloud/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the scheme &quot;%2&quot;. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name or password from &quot;%1&quot;. The API key is entered in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only for this computer (localhost or 127.0.0.1). Use https://%1 so that the API key is encrypted on the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
