<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Activo::AssetCodeLookup</name>
    <message>
        <source>The lookup failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not checked: %Ln assets contain this text, too many to look through. Select this asset in the register instead.</source>
        <translation>
            <numerusform>Sin verificar: %Ln activo contiene este texto, demasiados para revisarlos. Seleccione este activo en el registro.</numerusform>
            <numerusform>Sin verificar: %Ln activos contienen este texto, demasiados para revisarlos. Seleccione este activo en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset has this code.</source>
        <translation>Ningún activo tiene este código.</translation>
    </message>
</context>
<context>
    <name>Activo::AssetDetailsDialog</name>
    <message>
        <source>The asset could not be loaded.</source>
        <translation>No se pudo cargar el activo.</translation>
    </message>
    <message>
        <source>the reply is not an asset object.</source>
        <translation>la respuesta no es un objeto de activo.</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Activo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation>Editar activo</translation>
    </message>
    <message>
        <source>Edit this asset (F2)</source>
        <translation>Editar este activo (F2)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Transfers, check-outs, reservations and depreciation (Ctrl+H)</source>
        <translation>Traslados, préstamos, reservas y depreciación (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>Lifecycle actions</source>
        <translation>Acciones del ciclo de vida</translation>
    </message>
    <message>
        <source>De&amp;preciation</source>
        <translation>De&amp;preciación</translation>
    </message>
    <message>
        <source>Schedule and book value chart (Ctrl+D)</source>
        <translation>Calendario y gráfico del valor en libros (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Activo::AssetEditorDialog</name>
    <message>
        <source>The list of %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la lista de %1: %2</translation>
    </message>
    <message>
        <source>Loading the lists…</source>
        <translation>Cargando las listas…</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>Nuevo activo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The asset could not be loaded for editing.</source>
        <translation>No se pudo cargar el activo para editarlo.</translation>
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation>Editar activo %1</translation>
    </message>
    <message>
        <source>The salvage value cannot be greater than the acquisition cost (%1).</source>
        <translation>El valor residual no puede ser mayor que el costo de adquisición (%1).</translation>
    </message>
    <message>
        <source>Enter the acquisition cost.</source>
        <translation>Escriba el costo de adquisición.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;. Choose one from the list, or &quot;(none)&quot;.</source>
        <translation>Ninguna entrada coincide con &quot;%1&quot;. Elija una entrada de la lista o &quot;(sin asignar)&quot;.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Enter an asset code, for example LAP-0042.</source>
        <translation>Escriba un código de activo (por ejemplo, LAP-0042).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1. Enter the next asset.</source>
        <translation>Se guardó %1. Escriba los datos del siguiente activo.</translation>
    </message>
    <message>
        <source>The asset was not saved.</source>
        <translation>No se guardó el activo.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The changes to this asset have not been saved. Discard them?</source>
        <translation>Los cambios de este activo aún no se guardaron. ¿Desea descartarlos?</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix of the useful life in months</comment>
        <translation>
            <numerusform> mes</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message>
        <source>This form was restored from an unsaved draft. Check the values, then save.</source>
        <translation>Este formulario se recuperó de un borrador sin guardar. Compruebe los valores y luego guarde.</translation>
    </message>
    <message>
        <source>the asset was saved, but the reply does not contain it. Refresh the register to see it.</source>
        <translation>el activo se guardó, pero la respuesta no lo incluye. Actualice el registro para verlo.</translation>
    </message>
    <message>
        <source>The server rejected the API key. Paste a valid key in the Preferences window and press OK. The asset is then saved again.</source>
        <translation>El servidor rechazó la clave de API. Pegue una clave válida en la ventana de Preferencias y pulse Aceptar. Después, el activo se vuelve a guardar.</translation>
    </message>
    <message>
        <source>Enter the acquisition date.</source>
        <translation>Escriba la fecha de adquisición.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n entries. Choose one from the list.</source>
        <translation>
            <numerusform>&quot;%1&quot; coincide con %n entrada. Elija una de la lista.</numerusform>
            <numerusform>&quot;%1&quot; coincide con %n entradas. Elija una de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer. Checking whether the asset was saved…</source>
        <translation>El servidor no respondió. Comprobando si el activo se guardó…</translation>
    </message>
    <message>
        <source>No reply came from the server, and Activo Desk could not check whether the asset was saved. Search the register for %1 before saving again.</source>
        <translation>No llegó ninguna respuesta del servidor, y Activo Desk no pudo comprobar si el activo se guardó. Busque %1 en el registro antes de volver a guardar.</translation>
    </message>
    <message>
        <source>No reply came from the server. No asset with the code %1 exists, so nothing was created. Save again.</source>
        <translation>No llegó ninguna respuesta del servidor. No existe ningún activo con el código %1, así que no se creó nada. Vuelva a guardar.</translation>
    </message>
    <message>
        <source>No reply came from the server. An asset with the code %1 exists (%2), but its values are not the ones you entered, so it is another asset. Nothing of yours was created: choose another code and save again.</source>
        <translation>No llegó ninguna respuesta del servidor. Existe un activo con el código %1 (%2), pero sus valores no son los que usted escribió, así que es otro activo. No se creó nada suyo: elija otro código y vuelva a guardar.</translation>
    </message>
    <message>
        <source>No reply came from the server, and the server still has the old values. Save again.</source>
        <translation>No llegó ninguna respuesta del servidor, y el servidor aún tiene los valores anteriores. Vuelva a guardar.</translation>
    </message>
    <message>
        <source>Saving… Wait for the server&apos;s answer before closing.</source>
        <translation>Guardando… Espere la respuesta del servidor antes de cerrar.</translation>
    </message>
    <message>
        <source>A disposed asset stays disposed; its status cannot be changed here.</source>
        <translation>Un activo dado de baja sigue dado de baja; su estado no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Checked out: use Asset › Check in to make it available again.</source>
        <translation>Prestado: use Activo › Devolver para que vuelva a estar disponible.</translation>
    </message>
</context>
<context>
    <name>Activo::AssetHistoryWidget</name>
    <message>
        <source>Asset history</source>
        <translation>Historial del activo</translation>
    </message>
    <message>
        <source>This asset has not been transferred.</source>
        <translation>Este activo no se ha trasladado.</translation>
    </message>
    <message>
        <source>This asset has never been checked out.</source>
        <translation>Este activo nunca se ha prestado.</translation>
    </message>
    <message>
        <source>This asset has no reservations.</source>
        <translation>Este activo no tiene reservas.</translation>
    </message>
    <message>
        <source>No depreciation has been posted for this asset.</source>
        <translation>No se ha contabilizado depreciación para este activo.</translation>
    </message>
</context>
<context>
    <name>Activo::AssetListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation>Valor neto en libros</translation>
    </message>
    <message>
        <source>RFID EPC</source>
        <translation>EPC RFID</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de costo</translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation>Libro de depreciación</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>Valor residual</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Depreciación acumulada</translation>
    </message>
    <message>
        <source>Useful life (months)</source>
        <translation>Vida útil (meses)</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Fecha de adquisición</translation>
    </message>
</context>
<context>
    <name>Activo::BulkAssetUpdate</name>
    <message>
        <source>the reply is not an asset.</source>
        <translation>la respuesta no es un activo.</translation>
    </message>
    <message>
        <source>Cancelled before this asset was changed.</source>
        <translation>Se canceló antes de cambiar este activo.</translation>
    </message>
    <message>
        <source>The asset could not be read: %1</source>
        <translation>No se pudo leer el activo: %1</translation>
    </message>
    <message>
        <source>The asset already has these values.</source>
        <translation>El activo ya tiene estos valores.</translation>
    </message>
    <message>
        <source>No reply came from the server, and the asset could not be read again, so it is not known whether it was changed. Open the asset to check it.</source>
        <translation>No llegó ninguna respuesta del servidor y el activo no se pudo volver a leer, por lo que no se sabe si se cambió. Abra el activo para comprobarlo.</translation>
    </message>
    <message>
        <source>No reply came from the server, but the server has the new values.</source>
        <translation>No llegó ninguna respuesta del servidor, pero el servidor tiene los valores nuevos.</translation>
    </message>
    <message>
        <source>No reply came from the server, and the server still has the old values. Check the network, then use &quot;Retry failed&quot;.</source>
        <translation>No llegó ninguna respuesta del servidor y el servidor aún tiene los valores anteriores. Revise la red y luego use &quot;Reintentar fallidos&quot;.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(Id. de solicitud: %1)</translation>
    </message>
</context>
<context>
    <name>Activo::BulkEditController</name>
    <message>
        <source>Select by &amp;codes…</source>
        <translation>Seleccionar por &amp;códigos…</translation>
    </message>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>Ca&amp;mbiar seleccionados…</translation>
    </message>
    <message>
        <source>Select the assets of a pasted list of codes (Ctrl+Shift+L)</source>
        <translation>Seleccionar los activos de una lista de códigos pegada (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Set location, custodian, cost center, status or availability on every selected asset (Ctrl+Shift+E)</source>
        <translation>Establecer ubicación, custodio, centro de costo, estado o disponibilidad en cada activo seleccionado (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Selected assets</source>
        <translation>Activos seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) selected</source>
        <translation>
            <numerusform>%n activo seleccionado</numerusform>
            <numerusform>%n activos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not loaded in the table)</source>
        <translation>
            <numerusform>(%n no cargado en la tabla)</numerusform>
            <numerusform>(%n no cargados en la tabla)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::BulkEditDialog</name>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>&amp;Custodio:</translation>
    </message>
    <message>
        <source>Cost ce&amp;nter:</source>
        <translation>Centro de c&amp;osto:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>A&amp;vailability:</source>
        <translation>&amp;Disponibilidad:</translation>
    </message>
    <message>
        <source>&amp;Cancel changes</source>
        <translation>Ca&amp;ncelar cambios</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>C&amp;opy results</source>
        <translation>Co&amp;piar resultados</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Change selected assets</source>
        <translation>Cambiar los activos seleccionados</translation>
    </message>
    <message>
        <source>Cancelling: no further asset is started, and the changes already sent finish first…</source>
        <translation>Cancelando: no se inicia ningún otro activo y los cambios ya enviados terminan primero…</translation>
    </message>
    <message>
        <source>Running the failed and not started assets again…</source>
        <translation>Ejecutando de nuevo los activos fallidos y no iniciados…</translation>
    </message>
    <message>
        <source>The results list was copied. Paste it into a spreadsheet or a message.</source>
        <translation>Se copió la lista de resultados. Péguela en una hoja de cálculo o en un mensaje.</translation>
    </message>
    <message>
        <source>The results were saved to %1.</source>
        <translation>Los resultados se guardaron en %1.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2 Choose another folder or file name.</source>
        <translation>No se pudieron guardar los resultados en %1: %2 Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Set new values on %n selected asset(s). Fields that are not checked are left as each asset has them.</source>
        <translation>
            <numerusform>Establezca valores nuevos en %n activo seleccionado. Los campos sin marcar quedan como los tiene cada activo.</numerusform>
            <numerusform>Establezca valores nuevos en %n activos seleccionados. Los campos sin marcar quedan como los tiene cada activo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de costo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Unchecked: the %1 of each asset stays as it is.</source>
        <translation>Sin marcar: el campo %1 de cada activo queda como está.</translation>
    </message>
    <message>
        <source>The list of %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la lista de %1: %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Assets that cannot be changed</source>
        <translation>Activos que no se pueden cambiar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Assets done</source>
        <translation>Activos procesados</translation>
    </message>
    <message>
        <source>%v of %m assets</source>
        <translation>%v de %m activos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Reads each failed or not started asset again and writes it once more</source>
        <translation>Vuelve a leer cada activo fallido o no iniciado y lo escribe una vez más</translation>
    </message>
    <message>
        <source>Loading the lists…</source>
        <translation>Cargando las listas…</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n entries. Choose one from the list.</source>
        <translation>
            <numerusform>&quot;%1&quot; coincide con %n entrada. Elija una de la lista.</numerusform>
            <numerusform>&quot;%1&quot; coincide con %n entradas. Elija una de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;. Choose one from the list, or &quot;(none)&quot; to clear the field.</source>
        <translation>Ninguna entrada coincide con &quot;%1&quot;. Elija una de la lista, o &quot;(sin asignar)&quot; para vaciar el campo.</translation>
    </message>
    <message>
        <source>Check at least one field to change.</source>
        <translation>Marque al menos un campo para cambiar.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>No asset needs this change.</source>
        <translation>Ningún activo necesita este cambio.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) will be changed.</source>
        <translation>
            <numerusform>Se cambiará %n activo.</numerusform>
            <numerusform>Se cambiarán %n activos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) already have these values.</source>
        <translation>
            <numerusform>%n activo ya tiene estos valores.</numerusform>
            <numerusform>%n activos ya tienen estos valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) cannot be changed:</source>
        <translation>
            <numerusform>%n activo no se puede cambiar:</numerusform>
            <numerusform>%n activos no se pueden cambiar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n asset(s)</source>
        <translation>
            <numerusform>&amp;Aplicar a %n activo</numerusform>
            <numerusform>&amp;Aplicar a %n activos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading each asset and saving the change…</source>
        <translation>Leyendo cada activo y guardando el cambio…</translation>
    </message>
    <message>
        <source>Done: %1 changed, %2 unchanged, %3 failed, %4 skipped.</source>
        <translation>Terminado: %1 cambiados, %2 sin cambios, %3 fallidos, %4 omitidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) were not started because the changes were cancelled.</source>
        <translation>
            <numerusform>%n activo no se inició porque se cancelaron los cambios.</numerusform>
            <numerusform>%n activos no se iniciaron porque se cancelaron los cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Retry failed&quot; runs those assets again.</source>
        <translation>&quot;Reintentar fallidos&quot; vuelve a ejecutar esos activos.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>bulk-change-results.csv</source>
        <translation>resultados-cambio-masivo.csv</translation>
    </message>
    <message>
        <source>Saving the results to %1…</source>
        <translation>Guardando los resultados en %1…</translation>
    </message>
    <message>
        <source>Changes are being saved. Press &quot;Cancel changes&quot; to start no further asset, then close when the ones in progress have finished.</source>
        <translation>Se están guardando los cambios. Pulse &quot;Cancelar cambios&quot; para no iniciar ningún otro activo y cierre cuando terminen los que están en curso.</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Valor nuevo de %1</translation>
    </message>
    <message>
        <source>Message of the chosen asset</source>
        <translation>Mensaje del activo elegido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>asset code: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close without changing?</source>
        <translation>¿Cerrar sin cambiar?</translation>
    </message>
    <message>
        <source>The new values have not been applied to the selected assets. Close anyway?</source>
        <translation>Los valores nuevos no se aplicaron a los activos seleccionados. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>Activo::ColumnsDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Columnas de %1</translation>
    </message>
    <message>
        <source>Check the &amp;columns to show. Alt+Up and Alt+Down move the selected column.</source>
        <translation>Marque las &amp;columnas que desea mostrar. Alt+Arriba y Alt+Abajo mueven la columna seleccionada.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Checked columns are shown, left to right in the order of this list.</source>
        <translation>Las columnas marcadas se muestran de izquierda a derecha en el orden de esta lista.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected column one place up (Alt+Up)</source>
        <translation>Sube la columna seleccionada un lugar (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected column one place down (Alt+Down)</source>
        <translation>Baja la columna seleccionada un lugar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation>Muestra las columnas predeterminadas con su orden y sus anchos predeterminados</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 (always shown)</source>
        <translation>%1 (siempre visible)</translation>
    </message>
    <message>
        <source>This column identifies each row, so it cannot be hidden.</source>
        <translation>Esta columna identifica cada fila, por eso no se puede ocultar.</translation>
    </message>
</context>
<context>
    <name>Activo::ConnectionPage</name>
    <message numerus="yes">
        <source>Connected: %n company(ies) on %1.</source>
        <translation>
            <numerusform>Conexión correcta: %n empresa en %1.</numerusform>
            <numerusform>Conexión correcta: %n empresas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed. %1</source>
        <translation>No se pudo conectar. %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Se conectará a %1</translation>
    </message>
    <message>
        <source>Paste the API key for this server.</source>
        <translation>Pegue la clave de API de este servidor.</translation>
    </message>
    <message>
        <source>No API key is saved for this server.</source>
        <translation>No hay ninguna clave de API guardada para este servidor.</translation>
    </message>
    <message>
        <source>This run uses the key from the ACTIVOHQ_API_KEY environment variable. It is not stored.</source>
        <translation>Esta ejecución usa la clave de la variable de entorno ACTIVOHQ_API_KEY. La clave no se guarda.</translation>
    </message>
    <message>
        <source>A key for this server is stored in the system keychain. Paste a new key to replace it.</source>
        <translation>Hay una clave de este servidor guardada en el llavero del sistema. Pegue una clave nueva para reemplazarla.</translation>
    </message>
    <message>
        <source>The key is kept for this session only, because no keychain is available. You will need to paste it again next time.</source>
        <translation>La clave se conserva solo durante esta sesión porque no hay ningún llavero del sistema disponible. Tendrá que volver a pegarla la próxima vez.</translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation>Primero pegue la clave de API.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>No se pudo eliminar la clave del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The key was removed. Paste a key to connect again.</source>
        <translation>Se eliminó la clave. Pegue una clave para volver a conectarse.</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Guardando la clave en el llavero del sistema…</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the key cannot be stored safely.</source>
        <translation>Este equipo no tiene ningún llavero del sistema disponible, así que la clave no se puede guardar de forma segura.</translation>
    </message>
    <message>
        <source>The system keychain did not store the key: %1</source>
        <translation>El llavero del sistema no guardó la clave: %1</translation>
    </message>
    <message>
        <source>Keep the key for this session only?</source>
        <translation>¿Conservar la clave solo durante esta sesión?</translation>
    </message>
    <message>
        <source>Activo Desk can keep the key in memory until you quit, and you will paste it again next time. It is never written to a file.</source>
        <translation>Activo Desk puede conservar la clave en memoria hasta que salga de la aplicación. La próxima vez tendrá que volver a pegarla. La clave nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Enter your tenant (acme for acme.activohq.cloud) or the full API address.</source>
        <translation>Escriba su instancia (acme para acme.activohq.cloud) o la dirección completa de la API.</translation>
    </message>
    <message>
        <source>This key does not start with &quot;ahq_&quot; like ActivoHQ keys usually do. Check that you copied the whole key. Activo Desk will still use it.</source>
        <translation>Esta clave no empieza por &quot;ahq_&quot;, como suelen hacerlo las claves de ActivoHQ. Compruebe que copió la clave completa. Activo Desk la usará de todos modos.</translation>
    </message>
    <message numerus="yes">
        <source>Key pasted (%n character(s)). It is stored when you press OK.</source>
        <translation>
            <numerusform>Clave pegada (%n carácter). Se guardará cuando pulse Aceptar.</numerusform>
            <numerusform>Clave pegada (%n caracteres). Se guardará cuando pulse Aceptar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set for this computer by your IT department; it cannot be changed here.</source>
        <translation>Lo estableció su departamento de TI para este equipo; no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Your IT department set this server for this computer.</source>
        <translation>Su departamento de TI estableció este servidor para este equipo.</translation>
    </message>
</context>
<context>
    <name>Activo::DateLineEdit</name>
    <message>
        <source>for example %1</source>
        <translation>por ejemplo, %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as %2, or as 2026-01-31.</source>
        <translation>&quot;%1&quot; no es una fecha. Escríbala como %2, o como 2026-01-31.</translation>
    </message>
    <message>
        <source>%1 is outside the accepted range, %2 to %3.</source>
        <translation>%1 está fuera del intervalo aceptado, de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>Activo::DepreciationTab</name>
    <message>
        <source>Depreciation schedule</source>
        <translation>Calendario de depreciación</translation>
    </message>
    <message>
        <source>Schedule status</source>
        <translation>Estado del calendario</translation>
    </message>
    <message>
        <source>About this schedule</source>
        <translation>Acerca de este calendario</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A la fecha</translation>
    </message>
    <message>
        <source>The month whose figures are shown below and marked on the chart</source>
        <translation>El mes cuyas cifras se muestran abajo y se marcan en el gráfico</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A la fecha:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Book value over time</source>
        <translation>Valor en libros a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Valor en libros</translation>
    </message>
    <message>
        <source>Loading the depreciation entries…</source>
        <translation>Cargando los asientos de depreciación…</translation>
    </message>
    <message>
        <source>The depreciation entries could not be loaded.</source>
        <translation>No se pudieron cargar los asientos de depreciación.</translation>
    </message>
    <message>
        <source>The method is %1, so the computed months are only an estimate.</source>
        <translation>El método es %1, así que los meses calculados son solo una estimación.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be placed in the useful life and were left out.</source>
        <translation>
            <numerusform>%n asiento no encaja en la vida útil y se omitió.</numerusform>
            <numerusform>%n asientos no encajan en la vida útil y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the end of %1: accumulated depreciation %2, net book value %3; charge in the month %4, in %5 so far %6. Over the whole life: cost %7, salvage value %8, total depreciation %9.</source>
        <translation>Al cierre de %1: depreciación acumulada %2, valor neto en libros %3; cargo del mes %4, en %5 hasta la fecha %6. En toda la vida útil: costo %7, valor residual %8, depreciación total %9.</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Computed and projected</source>
        <translation>Calculado y proyectado</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%n posted month(s) from the server. The other months, in grey italics, are computed straight-line from the cost, the salvage value and the useful life.</source>
        <translation>
            <numerusform>%n mes contabilizado en el servidor. Los demás meses, en cursiva gris, se calculan en línea recta a partir del costo, el valor residual y la vida útil.</numerusform>
            <numerusform>%n meses contabilizados en el servidor. Los demás meses, en cursiva gris, se calculan en línea recta a partir del costo, el valor residual y la vida útil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Depreciation schedule of %1 — %2: cost %3, salvage value %4, useful life %n month(s)</source>
        <translation>
            <numerusform>Calendario de depreciación de %1 — %2: costo %3, valor residual %4, vida útil %n mes</numerusform>
            <numerusform>Calendario de depreciación de %1 — %2: costo %3, valor residual %4, vida útil %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <source>Choose and order the columns of the schedule</source>
        <translation>Elija y ordene las columnas del calendario</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>Activo::ErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy a description of the failed request for support. The API key is not included.</source>
        <translation>Copiar una descripción de la solicitud que falló para enviarla al soporte técnico. No incluye la clave de API.</translation>
    </message>
    <message>
        <source>The server sent no request id.</source>
        <translation>El servidor no envió ningún id. de solicitud.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>Activo::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy a description of the failed request for support. The API key is not included.</source>
        <translation>Copia una descripción de la solicitud fallida para el soporte. No incluye la clave de API.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (valores separados por comas)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>Punto: 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Coma: 1234,56</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching row(s)</source>
        <translation>
            <numerusform>%Ln fila coincidente</numerusform>
            <numerusform>%Ln filas coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visible column(s), in their order on screen</source>
        <translation>
            <numerusform>%n columna visible, en su orden en pantalla</numerusform>
            <numerusform>%n columnas visibles, en su orden en pantalla</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Enter the name of the file to export to, or choose one with Browse.</source>
        <translation>Escriba el nombre del archivo de destino o elíjalo con Examinar.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <source>There is nothing to export. Choose a company and a list first.</source>
        <translation>No hay nada que exportar. Elija primero una empresa y una lista.</translation>
    </message>
    <message>
        <source>Reading rows from the server…</source>
        <translation>Leyendo las filas del servidor…</translation>
    </message>
    <message>
        <source>Reading rows from the server: %L1 of %L2…</source>
        <translation>Leyendo las filas del servidor: %L1 de %L2…</translation>
    </message>
    <message>
        <source>Drawing page %L1 of %L2…</source>
        <translation>Dibujando la página %L1 de %L2…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %Ln fila en %1.</numerusform>
            <numerusform>Se guardaron %Ln filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. No file was saved.</source>
        <translation>Se canceló la exportación. No se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
</context>
<context>
    <name>Activo::ExportJob</name>
    <message>
        <source>The rows could not be read from the server, so nothing was saved. %1</source>
        <translation>No se pudieron leer las filas del servidor, así que no se guardó nada. %1</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(Id. de solicitud: %1)</translation>
    </message>
</context>
<context>
    <name>Activo::GoToAssetDialog</name>
    <message>
        <source>Go to asset</source>
        <translation>Ir al activo</translation>
    </message>
    <message>
        <source>Asset code or RFID EPC</source>
        <translation>Código del activo o EPC RFID</translation>
    </message>
    <message>
        <source>Type or scan, then press Enter</source>
        <translation>Escriba o escanee y pulse Intro</translation>
    </message>
    <message>
        <source>Asset &amp;code or EPC:</source>
        <translation>&amp;Código o EPC del activo:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Type an asset code or an RFID EPC, or scan one.</source>
        <translation>Escriba un código de activo o un EPC RFID, o escanee uno.</translation>
    </message>
    <message>
        <source>Looking up “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>The asset could not be looked up: %1</source>
        <translation>No se pudo buscar el activo: %1</translation>
    </message>
    <message>
        <source>No asset has the code or EPC “%1”. Check it and try again.</source>
        <translation>Ningún activo tiene el código o EPC «%1». Compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>No asset has exactly the code or EPC “%1”; %Ln asset(s) only contain it. Use the register&apos;s search to see them.</source>
        <translation>
            <numerusform>Ningún activo tiene exactamente el código o EPC «%1»; %Ln activo solo lo contiene. Use la búsqueda del registro para verlo.</numerusform>
            <numerusform>Ningún activo tiene exactamente el código o EPC «%1»; %Ln activos solo lo contienen. Use la búsqueda del registro para verlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ImportDryRunPage</name>
    <message>
        <source>Dry run status</source>
        <translation>Estado de la prueba</translation>
    </message>
    <message>
        <source>Check Before Importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>What the import will do with each line. Nothing has been written yet.</source>
        <translation>Lo que la importación hará con cada línea. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Planned action per line</source>
        <translation>Acción prevista por línea</translation>
    </message>
    <message>
        <source>Dry run in progress</source>
        <translation>Prueba en curso</translation>
    </message>
    <message>
        <source>The dry run failed.</source>
        <translation>La prueba falló.</translation>
    </message>
    <message>
        <source>Reading the file&apos;s lines…</source>
        <translation>Leyendo las líneas del archivo…</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n por crear</numerusform>
            <numerusform>%n por crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import. Correct the rejected lines in the file, then go Back to the first page and press Enter in the File field to read it again.</source>
        <translation>No hay nada que importar. Corrija las líneas rechazadas en el archivo, vuelva con Atrás a la primera página y pulse Intro en el campo Archivo para leerlo de nuevo.</translation>
    </message>
    <message>
        <source>Rejected lines are skipped; Import writes the others.</source>
        <translation>Las líneas rechazadas se omiten; Importar escribe las demás.</translation>
    </message>
    <message>
        <source>Choose Import to write them to %1.</source>
        <translation>Elija Importar para escribirlas en %1.</translation>
    </message>
    <message>
        <source>There is nothing to import: every asset in the file already has these values.</source>
        <translation>No hay nada que importar: todos los activos del archivo ya tienen estos valores.</translation>
    </message>
</context>
<context>
    <name>Activo::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Estado del archivo</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>A CSV file with a header line and one asset per line, as Excel or another spreadsheet saves it. Existing assets are matched by their code and updated; new codes create assets.</source>
        <translation>Un archivo CSV con una línea de encabezados y un activo por línea, tal como lo guarda Excel u otra hoja de cálculo. Los activos existentes se reconocen por su código y se actualizan; los códigos nuevos crean activos.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Ruta de un archivo .csv o .txt</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Buscar el archivo</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>Vista previa de las primeras líneas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the path of the file to import, or choose it with Browse.</source>
        <translation>Escriba la ruta del archivo que desea importar, o elíjalo con Examinar.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset lines.</source>
        <translation>
            <numerusform>%n línea de activos.</numerusform>
            <numerusform>%n líneas de activos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid UTF-8, so it was read as %1. If accented letters look wrong in the preview, save the file from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>El archivo no es UTF-8 válido, así que se leyó como %1. Si las letras acentuadas se ven mal en la vista previa, guarde el archivo desde la hoja de cálculo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>Activo::ImportFormatPage</name>
    <message>
        <source>How the first values read</source>
        <translation>Cómo se leen los primeros valores</translation>
    </message>
    <message>
        <source>Numbers and Dates</source>
        <translation>Números y fechas</translation>
    </message>
    <message>
        <source>Say how the file writes amounts and dates. The choice is made from the file&apos;s values where they decide it, and from your system&apos;s settings where they do not.</source>
        <translation>Indique cómo escribe el archivo los importes y las fechas. La opción se toma de los valores del archivo cuando lo permiten, y de la configuración de su sistema cuando no.</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Formato de números</translation>
    </message>
    <message>
        <source>%1 (decimal point)</source>
        <translation>%1 (punto decimal)</translation>
    </message>
    <message>
        <source>%1 (decimal comma)</source>
        <translation>%1 (coma decimal)</translation>
    </message>
    <message>
        <source>As the system writes them: %1</source>
        <translation>Como los escribe el sistema: %1</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fechas</translation>
    </message>
    <message>
        <source>%1 (for example %2)</source>
        <translation>%1 (por ejemplo, %2)</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>Nú&amp;meros:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No column holds amounts or dates.</source>
        <translation>Ninguna columna contiene importes ni fechas.</translation>
    </message>
    <message>
        <source>The first values read as:</source>
        <translation>Los primeros valores se leen así:</translation>
    </message>
</context>
<context>
    <name>Activo::ImportMappingPage</name>
    <message>
        <source>Column mapping status</source>
        <translation>Estado de la correspondencia de columnas</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose the asset field that each column fills. Lookups (category, location, cost center, custodian, depreciation book) are matched by code, or by name when no code matches. Empty cells leave an existing asset&apos;s value as it is.</source>
        <translation>Elija el campo del activo que llena cada columna. Las listas (categoría, ubicación, centro de costo, custodio, libro de depreciación) se buscan por código, o por nombre cuando ningún código coincide. Las celdas vacías dejan el valor de un activo existente como está.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is chosen for %n columns (%2). Choose it for one column only.</source>
        <translation>
            <numerusform>%1 está elegido para %n columna (%2). Elíjalo para una sola columna.</numerusform>
            <numerusform>%1 está elegido para %n columnas (%2). Elíjalo para una sola columna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column with the asset code: lines are matched to assets by it.</source>
        <translation>Elija la columna con el código del activo: las líneas se asocian a los activos por él.</translation>
    </message>
    <message>
        <source>No column fills the name, so only existing assets can be updated; lines with new codes will be rejected.</source>
        <translation>Ninguna columna llena el nombre, así que solo se pueden actualizar activos existentes; las líneas con códigos nuevos se rechazarán.</translation>
    </message>
</context>
<context>
    <name>Activo::ImportPlanner</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, but the header has %3. A value probably contains the separator without quotes: put that value in double quotes, or choose another separator.</source>
        <translation>La línea %1 tiene %2 celdas, pero el encabezado tiene %3. Probablemente un valor contiene el separador sin comillas: ponga ese valor entre comillas dobles, o elija otro separador.</translation>
    </message>
    <message>
        <source>If the file writes numbers another way, change the number format.</source>
        <translation>Si el archivo escribe los números de otra forma, cambie el formato de números.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value Activo Desk knows. Use %2, or leave the cell empty.</source>
        <translation>&quot;%1&quot; no es un valor que Activo Desk conozca. Use %2, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>Line %1, %2: the cell is empty. Every line needs the asset&apos;s code: fill it in, or delete the line.</source>
        <translation>Línea %1, %2: la celda está vacía. Cada línea necesita el código del activo: complételo, o elimine la línea.</translation>
    </message>
    <message>
        <source>Loading the lists that the file names…</source>
        <translation>Cargando las listas que nombra el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>%n records of this list have this name. Use the code instead.</source>
        <translation>
            <numerusform>%n registro de esta lista tiene este nombre. Use el código en su lugar.</numerusform>
            <numerusform>%n registros de esta lista tienen este nombre. Use el código en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>no category has this code. Use one of the codes under Master data › Categories, or leave the cell empty.</source>
        <translation>ninguna categoría tiene este código. Use uno de los códigos de Datos maestros › Categorías, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>no location has this code. Use one of the codes under Master data › Locations, or leave the cell empty.</source>
        <translation>ninguna ubicación tiene este código. Use uno de los códigos de Datos maestros › Ubicaciones, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>no cost center has this code. Use one of the codes under Master data › Cost centers, or leave the cell empty.</source>
        <translation>ningún centro de costo tiene este código. Use uno de los códigos de Datos maestros › Centros de costo, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>no custodian has this code. Use one of the codes under Master data › Custodians, or leave the cell empty.</source>
        <translation>ningún custodio tiene este código. Use uno de los códigos de Datos maestros › Custodios, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>no depreciation book has this code. Use one of the codes under Master data › Depreciation books, or leave the cell empty.</source>
        <translation>ningún libro de depreciación tiene este código. Use uno de los códigos de Datos maestros › Libros de depreciación, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>Line %1, %2 &quot;%3&quot;: %4</source>
        <translation>Línea %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Line %1, %2 &quot;%3&quot;: line %4 has the same code, and each asset may appear once. Merge the two lines, or delete one.</source>
        <translation>Línea %1, %2 &quot;%3&quot;: la línea %4 tiene el mismo código, y cada activo puede aparecer una sola vez. Combine las dos líneas, o elimine una.</translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1 of %n asset codes…</source>
        <translation>
            <numerusform>Buscado %1 de %n código de activo…</numerusform>
            <numerusform>Buscados %1 de %n códigos de activo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n asset codes…</source>
        <translation>
            <numerusform>Buscando %n código de activo…</numerusform>
            <numerusform>Buscando %n códigos de activo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, %2: the cell is empty. No asset has the code %3 yet, and a new asset needs a name: fill it in.</source>
        <translation>Línea %1, %2: la celda está vacía. Ningún activo tiene todavía el código %3, y un activo nuevo necesita un nombre: complételo.</translation>
    </message>
    <message>
        <source>Line %1, %2 &quot;%3&quot;: more than the cost %4. The salvage value must not be more than the cost: correct one of them.</source>
        <translation>Línea %1, %2 &quot;%3&quot;: es mayor que el costo %4. El valor residual no puede ser mayor que el costo: corrija uno de los dos.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, but the header has %3, so it has no cell for %4. Add the missing separators (an empty cell is fine), or delete the line.</source>
        <translation>La línea %1 tiene %2 celdas, pero el encabezado tiene %3, así que no tiene celda para %4. Añada los separadores que faltan (una celda vacía sirve) o elimine la línea.</translation>
    </message>
    <message>
        <source>Line %1, %2 &quot;%3&quot;: this location is inactive, so no asset can be put there. Use an active location, or make this one active under Master data › Locations.</source>
        <translation>Línea %1, %2 &quot;%3&quot;: esta ubicación está inactiva, así que no se puede poner ningún activo en ella. Use una ubicación activa o active esta en Datos maestros › Ubicaciones.</translation>
    </message>
</context>
<context>
    <name>Activo::ImportReportModel</name>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (solicitud %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Código del activo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Activo::ImportReportPage</name>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <source>The outcome of every line. Export or copy the report to correct the file, then import it again: existing codes are updated, never created twice.</source>
        <translation>El resultado de cada línea. Exporte o copie el informe para corregir el archivo y vuelva a importarlo: los códigos existentes se actualizan, nunca se crean dos veces.</translation>
    </message>
    <message>
        <source>Outcome per line</source>
        <translation>Resultado por línea</translation>
    </message>
    <message>
        <source>Export the report to a CSV file</source>
        <translation>Exportar el informe a un archivo CSV</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creado</numerusform>
            <numerusform>%n creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown - check before running again</source>
        <translation>
            <numerusform>%n desconocido: compruebe antes de volver a ejecutar</numerusform>
            <numerusform>%n desconocidos: compruebe antes de volver a ejecutar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent after Stop</source>
        <translation>
            <numerusform>%n no enviado tras Detener</numerusform>
            <numerusform>%n no enviados tras Detener</numerusform>
        </translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>informe-importacion.csv</translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <translation>%1-informe.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder or file name.</source>
        <translation>No se pudo guardar el informe en %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, ready to paste into a spreadsheet.</source>
        <translation>El informe está en el portapapeles, listo para pegarlo en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Export the import report</source>
        <translation>Exportar el informe de importación</translation>
    </message>
</context>
<context>
    <name>Activo::ImportRunPage</name>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Detener importación</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Stop Import sends no further lines; lines already sent finish.</source>
        <translation>Detener importación no envía más líneas; las líneas ya enviadas terminan.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Detener la importación</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines done.</source>
        <translation>
            <numerusform>%1 de %n línea terminada.</numerusform>
            <numerusform>%1 de %n líneas terminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: waiting for the lines already sent…</source>
        <translation>Deteniendo: esperando las líneas ya enviadas…</translation>
    </message>
</context>
<context>
    <name>Activo::ImportWizard</name>
    <message>
        <source>Import Assets from CSV — %1</source>
        <translation>Importar activos desde CSV — %1</translation>
    </message>
    <message>
        <source>Import assets from CSV</source>
        <translation>Importar activos desde CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>Activo::KeychainKeyStore</name>
    <message>
        <source>The server base URL is empty.</source>
        <translation>La URL base del servidor está vacía.</translation>
    </message>
    <message>
        <source>The server base URL contains a NUL character.</source>
        <translation>La URL base del servidor contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The API key is empty, so it was not stored.</source>
        <translation>La clave de API está vacía, así que no se guardó.</translation>
    </message>
    <message>
        <source>The API key contains a NUL character, which the keychain cannot store.</source>
        <translation>La clave de API contiene un carácter NUL, que el llavero del sistema no puede guardar.</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>No hay ningún servicio de llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The keychain denied access.</source>
        <translation>El llavero del sistema denegó el acceso.</translation>
    </message>
    <message>
        <source>The keychain reported an error without a message.</source>
        <translation>El llavero del sistema devolvió un error sin mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer in %n second(s). Check that it is running and unlocked, then try again.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo. Compruebe que esté en ejecución y desbloqueado, y vuelva a intentarlo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos. Compruebe que esté en ejecución y desbloqueado, y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain did not answer in %1 seconds. Check that it is running and unlocked, then try again.</source>
        <translation>El llavero del sistema no respondió en %1 segundos. Compruebe que esté en ejecución y desbloqueado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain is locked, so Activo Desk cannot use the API key stored in it. Unlock the keychain (for example in the Passwords and Keys application, or by signing in to the desktop again), then try again.</source>
        <translation>El llavero del sistema está bloqueado, así que Activo Desk no puede usar la clave de API guardada en él. Desbloquee el llavero (por ejemplo, en la aplicación Contraseñas y claves o volviendo a iniciar sesión en el escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain service of the desktop could not be reached, because the session&apos;s message bus (D-Bus) is not running. Signing in to the desktop again usually starts it.</source>
        <translation>No se pudo acceder al servicio de llavero del escritorio porque el bus de mensajes de la sesión (D-Bus) no está en funcionamiento. Volver a iniciar sesión en el escritorio suele iniciarlo.</translation>
    </message>
</context>
<context>
    <name>Activo::LanguagePage</name>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Amounts and dates will look like %1 and %2.</source>
        <translation>Los importes y las fechas se verán así: %1 y %2.</translation>
    </message>
    <message>
        <source>The new language applies the next time Activo Desk starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Activo Desk.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Activo::LifecycleDialog</name>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Move %1 to another location. It is now at %2.</source>
        <translation>Trasladar %1 a otra ubicación. Ahora está en %2.</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>ninguna ubicación</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>&amp;Ubicación de destino:</translation>
    </message>
    <message>
        <source>To location</source>
        <translation>Ubicación de destino</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Fecha del traslado</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Trasladar</translation>
    </message>
    <message>
        <source>Lend %1 to an employee.</source>
        <translation>Prestar %1 a un empleado.</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>&amp;Checked out on:</source>
        <translation>&amp;Prestado el:</translation>
    </message>
    <message>
        <source>Check-out date</source>
        <translation>Fecha del préstamo</translation>
    </message>
    <message>
        <source>&amp;Due back on:</source>
        <translation>&amp;Devolución prevista el:</translation>
    </message>
    <message>
        <source>Expected return date</source>
        <translation>Fecha prevista de devolución</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>&amp;Prestar</translation>
    </message>
    <message>
        <source>Record that %1 came back.</source>
        <translation>Registrar que %1 se devolvió.</translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation>&amp;Devuelto el:</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Fecha de devolución</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado físico</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>Estado &amp;físico:</translation>
    </message>
    <message>
        <source>&amp;Damage notes:</source>
        <translation>Notas de &amp;daños:</translation>
    </message>
    <message>
        <source>Damage notes</source>
        <translation>Notas de daños</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Reserve %1 for an employee and a period.</source>
        <translation>Reservar %1 para un empleado y un período.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Re&amp;serve</source>
        <translation>Re&amp;servar</translation>
    </message>
    <message>
        <source>Dispose of %1: it leaves the register&apos;s active assets, and the server records the disposal with its book value. This cannot be undone from Activo Desk.</source>
        <translation>Dar de baja %1: deja de estar entre los activos vigentes del registro, y el servidor registra la baja con su valor en libros. Esto no se puede deshacer desde Activo Desk.</translation>
    </message>
    <message>
        <source>&amp;Disposal date:</source>
        <translation>&amp;Fecha de baja:</translation>
    </message>
    <message>
        <source>Disposal date</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>Importe obtenido</translation>
    </message>
    <message>
        <source>&amp;Proceeds:</source>
        <translation>&amp;Importe obtenido:</translation>
    </message>
    <message>
        <source>&amp;Dispose</source>
        <translation>&amp;Dar de baja</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Enviar de nuevo</translation>
    </message>
    <message>
        <source>No active location matches “%1”. Choose one from the list.</source>
        <translation>Ninguna ubicación activa coincide con «%1». Elija una de la lista.</translation>
    </message>
    <message>
        <source>Choose the location to move the asset to.</source>
        <translation>Elija la ubicación a la que se traslada el activo.</translation>
    </message>
    <message>
        <source>The asset is already at %1. Choose another location.</source>
        <translation>El activo ya está en %1. Elija otra ubicación.</translation>
    </message>
    <message>
        <source>No employee matches “%1”. Choose one from the list.</source>
        <translation>Ningún empleado coincide con «%1». Elija uno de la lista.</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Elija el empleado.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Escriba la fecha.</translation>
    </message>
    <message>
        <source>Enter the last day of the reservation.</source>
        <translation>Escriba el último día de la reserva.</translation>
    </message>
    <message>
        <source>The second date (%1) is before the first one (%2). Correct one of them.</source>
        <translation>La segunda fecha (%1) es anterior a la primera (%2). Corrija una de las dos.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>The action was not carried out.</source>
        <translation>La acción no se realizó.</translation>
    </message>
    <message>
        <source>The server rejected the API key. Paste a valid key in Preferences, then send again.</source>
        <translation>El servidor rechazó la clave de API. Pegue una clave válida en Preferencias y vuelva a enviar.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>The action may have been recorded all the same: check the asset&apos;s History tab before sending it again.</source>
        <translation>Puede que la acción se haya registrado de todos modos: revise la pestaña Historial del activo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>This server does not offer “%1” through its API. The action is hidden until Activo Desk is restarted; use the ActivoHQ web application for it.</source>
        <translation>Este servidor no ofrece «%1» en su API. La acción queda oculta hasta que se reinicie Activo Desk; use la aplicación web de ActivoHQ para ella.</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists on the server. Refresh the register (F5).</source>
        <translation>El activo %1 ya no existe en el servidor. Actualice el registro (F5).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sending… Wait for the server&apos;s answer before closing.</source>
        <translation>Enviando… Espere la respuesta del servidor antes de cerrar.</translation>
    </message>
</context>
<context>
    <name>Activo::ListExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export every row of this list that matches the search, with the visible columns, to CSV, Excel or PDF (Ctrl+E)</source>
        <translation>Exporta a CSV, Excel o PDF todas las filas de esta lista que coinciden con la búsqueda, con las columnas visibles (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save every row of this list that matches the search as a PDF document</source>
        <translation>Guarda como documento PDF todas las filas de esta lista que coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>Print every row of this list that matches the search (Ctrl+P)</source>
        <translation>Imprime todas las filas de esta lista que coinciden con la búsqueda (Ctrl+P)</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Choose a company and a list to export.</source>
        <translation>Elija una empresa y una lista para exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out because the server sent them twice or without an id.</source>
        <translation>
            <numerusform>Se omitió %n registro porque el servidor lo envió dos veces o sin id.</numerusform>
            <numerusform>Se omitieron %n registros porque el servidor los envió dos veces o sin id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company and a list to print.</source>
        <translation>Elija una empresa y una lista para imprimir.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>A list is being printed already. Wait for it or cancel it first.</source>
        <translation>Ya se está imprimiendo una lista. Espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <source>Reading rows from the server…</source>
        <translation>Leyendo las filas del servidor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <source>Reading rows from the server: %L1 of %L2…</source>
        <translation>Leyendo las filas del servidor: %L1 de %L2…</translation>
    </message>
    <message>
        <source>Printing page %L1 of %L2…</source>
        <translation>Imprimiendo la página %L1 de %L2…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se envió %Ln fila a %1.</numerusform>
            <numerusform>Se enviaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
</context>
<context>
    <name>Activo::LookupCache</name>
    <message>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>ubicaciones</translation>
    </message>
    <message>
        <source>cost centers</source>
        <translation>centros de costo</translation>
    </message>
    <message>
        <source>depreciation books</source>
        <translation>libros de depreciación</translation>
    </message>
    <message>
        <source>custodians</source>
        <translation>custodios</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>empleados</translation>
    </message>
</context>
<context>
    <name>Activo::LookupComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(sin asignar)</translation>
    </message>
</context>
<context>
    <name>Activo::MainWindow</name>
    <message>
        <source>Register status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The companies could not be loaded.</source>
        <translation>No se pudieron cargar las empresas.</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>Buscar activos</translation>
    </message>
    <message>
        <source>Search code, name or RFID EPC (Ctrl+F)</source>
        <translation>Buscar por código, nombre o EPC RFID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading assets…</source>
        <translation>Cargando activos…</translation>
    </message>
    <message>
        <source>This company has no assets yet.</source>
        <translation>Esta empresa aún no tiene activos.</translation>
    </message>
    <message>
        <source>No assets match “%1”.</source>
        <translation>Ningún activo coincide con “%1”.</translation>
    </message>
    <message>
        <source>The assets could not be loaded.</source>
        <translation>No se pudieron cargar los activos.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Welcome to Activo Desk</source>
        <translation>Le damos la bienvenida a Activo Desk</translation>
    </message>
    <message>
        <source>Connect to your ActivoHQ server in Preferences to see the register.</source>
        <translation>Conéctese a su servidor de ActivoHQ en Preferencias para ver el registro.</translation>
    </message>
    <message>
        <source>Welcome. Enter your ActivoHQ tenant or server address and paste an API key generated under Profile &gt; Developer API.</source>
        <translation>Le damos la bienvenida. Escriba su instancia de ActivoHQ o la dirección del servidor y pegue una clave de API generada en Profile &gt; Developer API.</translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation>Abriendo el llavero del sistema…</translation>
    </message>
    <message>
        <source>Reading the API key of %1 from the system keychain.</source>
        <translation>Leyendo la clave de API de %1 del llavero del sistema.</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Paste the key generated under Profile &gt; Developer API.</source>
        <translation>No hay ninguna clave de API guardada para %1. Pegue la clave generada en Profile &gt; Developer API.</translation>
    </message>
    <message>
        <source>No system keychain is available, so no key could be read. Paste the key; it can be kept for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se pudo leer ninguna clave. Pegue la clave. Solo se podrá conservar durante esta sesión.</translation>
    </message>
    <message>
        <source>The API key could not be read from the system keychain: %1</source>
        <translation>No se pudo leer la clave de API del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>An API key is needed</source>
        <translation>Se necesita una clave de API</translation>
    </message>
    <message>
        <source>Loading the companies of %1.</source>
        <translation>Cargando las empresas de %1.</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>No hay empresas</translation>
    </message>
    <message>
        <source>The key works, but this tenant has no companies yet.</source>
        <translation>La clave es válida, pero esta instancia aún no tiene empresas.</translation>
    </message>
    <message>
        <source>The company %1 from the command line was not found; opening another one.</source>
        <translation>No se encontró la empresa %1 indicada en la línea de comandos. Se abre otra en su lugar.</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(Id. de solicitud: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln asset(s) · %2</source>
        <translation>
            <numerusform>Mostrando %L1 de %Ln activo · %2</numerusform>
            <numerusform>Mostrando %L1 de %Ln activos · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln asset(s) matching “%2” · %3</source>
        <translation>
            <numerusform>Mostrando %L1 de %Ln activo que coincide con “%2” · %3</numerusform>
            <numerusform>Mostrando %L1 de %Ln activos que coinciden con “%2” · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>key from environment</source>
        <translation>clave de la variable de entorno</translation>
    </message>
    <message>
        <source>key for this session only</source>
        <translation>clave solo para esta sesión</translation>
    </message>
    <message>
        <source>About Activo Desk</source>
        <translation>Acerca de Activo Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activo Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the ActivoHQ fixed-asset register.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activo Desk %1&lt;/h3&gt;&lt;p&gt;Cliente de escritorio para el registro de activos fijos de ActivoHQ.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because the server sent them twice or with missing fields</source>
        <translation>
            <numerusform>Se omitió %n fila porque el servidor la envió dos veces o con campos faltantes</numerusform>
            <numerusform>Se omitieron %n filas porque el servidor las envió dos veces o con campos faltantes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>Abrir &amp;Preferencias…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>A new asset that was not saved was found: %1 (last changed %2). Restore it?</source>
        <translation>Se encontró un activo nuevo sin guardar: %1 (última modificación: %2). ¿Desea restaurarlo?</translation>
    </message>
    <message>
        <source>Unsaved changes to the asset %1 were found (last changed %2). Restore them?</source>
        <translation>Se encontraron cambios sin guardar en el activo %1 (última modificación: %2). ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source>Restore unsaved asset?</source>
        <translation>¿Restaurar el activo sin guardar?</translation>
    </message>
    <message>
        <source>“Discard” deletes the draft. “Cancel” keeps it for later.</source>
        <translation>“Descartar” elimina el borrador. “Cancelar” lo conserva para más tarde.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Choose what to list (F6 moves between this list and the table)</source>
        <translation>Elija qué listar (F6 alterna entre esta lista y la tabla)</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Datos maestros</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Activos</translation>
    </message>
    <message>
        <source>&amp;Master data</source>
        <translation>Datos &amp;maestros</translation>
    </message>
    <message>
        <source>A&amp;ccounting</source>
        <translation>&amp;Contabilidad</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Navigation list</source>
        <translation>Lista de &amp;navegación</translation>
    </message>
    <message>
        <source>Asset actions</source>
        <translation>Acciones del activo</translation>
    </message>
    <message>
        <source>Reading the asset…</source>
        <translation>Leyendo el activo…</translation>
    </message>
    <message>
        <source>The asset could not be read, so the action was not started: %1</source>
        <translation>No se pudo leer el activo, así que la acción no se inició: %1</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation>%1 actualizado.</translation>
    </message>
    <message>
        <source>Register summary</source>
        <translation>Resumen del registro</translation>
    </message>
    <message>
        <source>&amp;Go to asset…</source>
        <translation>&amp;Ir al activo…</translation>
    </message>
    <message>
        <source>Open an asset by its code or RFID EPC (Ctrl+L)</source>
        <translation>Abrir un activo por su código o EPC RFID (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with values the server sent in a form that cannot be read, left blank</source>
        <translation>
            <numerusform>%n fila con valores que el servidor envió en un formato ilegible, en blanco</numerusform>
            <numerusform>%n filas con valores que el servidor envió en un formato ilegible, en blanco</numerusform>
        </translation>
    </message>
    <message>
        <source>the server counted %L1</source>
        <translation>el servidor contó %L1</translation>
    </message>
    <message>
        <source>&amp;Import Assets from CSV…</source>
        <translation>I&amp;mportar activos desde CSV…</translation>
    </message>
    <message>
        <source>Create and update assets from a CSV file</source>
        <translation>Crear y actualizar activos desde un archivo CSV</translation>
    </message>
    <message>
        <source>This view has no columns to choose</source>
        <translation>Esta vista no tiene columnas para elegir</translation>
    </message>
</context>
<context>
    <name>Activo::MasterDataDialog</name>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Editar categoría</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nueva ubicación</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Editar ubicación</translation>
    </message>
    <message>
        <source>New cost center</source>
        <translation>Nuevo centro de costo</translation>
    </message>
    <message>
        <source>Edit cost center</source>
        <translation>Editar centro de costo</translation>
    </message>
    <message>
        <source>New depreciation book</source>
        <translation>Nuevo libro de depreciación</translation>
    </message>
    <message>
        <source>Edit depreciation book</source>
        <translation>Editar libro de depreciación</translation>
    </message>
    <message>
        <source>New custodian</source>
        <translation>Nuevo custodio</translation>
    </message>
    <message>
        <source>Edit custodian</source>
        <translation>Editar custodio</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Nuevo empleado</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Editar empleado</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. ES</source>
        <translation>Código de dos letras, p. ej. ES</translation>
    </message>
    <message>
        <source>Code and name are required. The code must be unique in this company.</source>
        <translation>El código y el nombre son obligatorios. El código no se puede repetir en esta empresa.</translation>
    </message>
    <message>
        <source>Changes apply to every asset that uses this record.</source>
        <translation>Los cambios afectan a todos los activos que usan este registro.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>«%1» no es una dirección de correo. Escríbala como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code. Use the ISO code, e.g. ES for Spain or PA for Panama.</source>
        <translation>«%1» no es un código de país de dos letras. Use el código ISO, p. ej. ES para España o PA para Panamá.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Escriba un código.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The connection broke while saving. Checking whether the record was stored…</source>
        <translation>La conexión se cortó al guardar. Comprobando si el registro se guardó…</translation>
    </message>
    <message>
        <source>The record was not saved: the connection broke before the server stored it. Press Save to try again.</source>
        <translation>El registro no se guardó: la conexión se cortó antes de que el servidor lo guardara. Pulse Guardar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The connection broke while saving, and the list could not be read to check whether the record was stored. Check the list before saving again.</source>
        <translation>La conexión se cortó al guardar, y no se pudo leer la lista para comprobar si el registro se guardó. Revise la lista antes de volver a guardar.</translation>
    </message>
    <message>
        <source>The record was not saved.</source>
        <translation>El registro no se guardó.</translation>
    </message>
    <message>
        <source>The server rejected the API key. Paste a valid key in Preferences, then save again.</source>
        <translation>El servidor rechazó la clave de API. Pegue una clave válida en Preferencias y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Saving… Wait for the server&apos;s answer before closing.</source>
        <translation>Guardando… Espere la respuesta del servidor antes de cerrar.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The changes to this record have not been saved. Discard them?</source>
        <translation>Los cambios de este registro no se han guardado. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>Activo::MoneyLineEdit</name>
    <message>
        <source>for example %1</source>
        <translation>por ejemplo, %1</translation>
    </message>
</context>
<context>
    <name>Activo::NetworkPage</name>
    <message>
        <source>Network settings</source>
        <translation>Configuración de red</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Request time-out in seconds</source>
        <translation>Tiempo de espera de las solicitudes en segundos</translation>
    </message>
    <message>
        <source>Request &amp;time-out:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>A request that receives nothing from the server for this long stops with a message that names it. A read is then tried once more; a save never is. From %1 to %2 seconds; the default is %3. The new value applies to the next request.</source>
        <translation>Una solicitud que no recibe nada del servidor durante este tiempo se detiene con un mensaje que la indica. Una lectura se intenta una vez más; un guardado, nunca. De %1 a %2 segundos; el valor predeterminado es %3. El nuevo valor se aplica a la siguiente solicitud.</translation>
    </message>
</context>
<context>
    <name>Activo::PagedListModel</name>
    <message numerus="yes">
        <source>%n pages in a row contained only rows that are already listed.</source>
        <translation>
            <numerusform>%n página solo contenía filas que ya están en la lista.</numerusform>
            <numerusform>%n páginas seguidas solo contenían filas que ya están en la lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::PagedTableView</name>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>Activo::PreferencesDialog</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>Activo::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Inicio de sesión en el proxy</translation>
    </message>
    <message>
        <source>The proxy server %1 needs a user name and password before Activo Desk can reach the ActivoHQ server.</source>
        <translation>El servidor proxy %1 necesita un nombre de usuario y una contraseña para que Activo Desk pueda acceder al servidor de ActivoHQ.</translation>
    </message>
    <message>
        <source>It names itself &quot;%1&quot;.</source>
        <translation>Se identifica como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proxy did not accept the user name and password. Check them and try again.</source>
        <translation>El proxy no aceptó el nombre de usuario y la contraseña. Revíselos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Activo Desk keeps them in memory until it closes and never saves them.</source>
        <translation>Activo Desk los conserva en memoria hasta que se cierra y nunca los guarda.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Activo::RecordDetailsDialog</name>
    <message>
        <source>Depreciation run</source>
        <translation>Ejecución de depreciación</translation>
    </message>
    <message>
        <source>Journal batch</source>
        <translation>Lote contable</translation>
    </message>
    <message>
        <source>Count session</source>
        <translation>Sesión de conteo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Loading the journal lines…</source>
        <translation>Cargando las líneas contables…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Journal lines</source>
        <translation>Líneas contables</translation>
    </message>
    <message>
        <source>Press Enter on a line to open its asset.</source>
        <translation>Pulse Intro en una línea para abrir su activo.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>The journal batch could not be loaded.</source>
        <translation>No se pudo cargar el lote contable.</translation>
    </message>
    <message>
        <source>the reply has no list of lines.</source>
        <translation>la respuesta no contiene una lista de líneas.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Not balanced: the difference is %1</source>
        <translation>No cuadra: la diferencia es %1</translation>
    </message>
    <message>
        <source>The lines do not add up to the batch&apos;s totals.</source>
        <translation>Las líneas no suman los totales del lote.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) · Debit %1 · Credit %2</source>
        <translation>
            <numerusform>%Ln línea · Debe %1 · Haber %2</numerusform>
            <numerusform>%Ln líneas · Debe %1 · Haber %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) or amounts could not be read</source>
        <translation>
            <numerusform>no se pudo leer %Ln línea o importe</numerusform>
            <numerusform>no se pudieron leer %Ln líneas o importes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::RecordFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Activo::RecordListPage</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a record in this list (Ctrl+N)</source>
        <translation>Crear un registro en esta lista (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected record (F2)</source>
        <translation>Editar el registro seleccionado (F2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the selected record with its lines (Enter)</source>
        <translation>Mostrar el registro seleccionado con sus líneas (Intro)</translation>
    </message>
    <message>
        <source>Open &amp;asset</source>
        <translation>Abrir &amp;activo</translation>
    </message>
    <message>
        <source>Show the asset of the selected row (Ctrl+Shift+O)</source>
        <translation>Mostrar el activo de la fila seleccionada (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Choose a company.</source>
        <translation>Elija una empresa.</translation>
    </message>
    <message numerus="yes">
        <source>%1: showing %L2 of %Ln</source>
        <translation>
            <numerusform>%1: se muestra %L2 de %Ln</numerusform>
            <numerusform>%1: se muestran %L2 de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because the server sent them twice or without an id</source>
        <translation>
            <numerusform>%n fila omitida porque el servidor la envió dos veces o sin id</numerusform>
            <numerusform>%n filas omitidas porque el servidor las envió dos veces o sin id</numerusform>
        </translation>
    </message>
    <message>
        <source>the server counted %L1</source>
        <translation>el servidor contó %L1</translation>
    </message>
</context>
<context>
    <name>Activo::RegisterSummary</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Depreciación acumulada</translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation>Valor neto en libros</translation>
    </message>
</context>
<context>
    <name>Activo::RegisterSummaryPage</name>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Register summary</source>
        <translation>Resumen del registro</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By location</source>
        <translation>Por ubicación</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>A&amp;grupar:</translation>
    </message>
    <message>
        <source>Read the whole register again from the server</source>
        <translation>Volver a leer todo el registro desde el servidor</translation>
    </message>
    <message>
        <source>Assets read</source>
        <translation>Activos leídos</translation>
    </message>
    <message>
        <source>%v of %m assets</source>
        <translation>%v de %m activos</translation>
    </message>
    <message>
        <source>Stop reading the register</source>
        <translation>Dejar de leer el registro</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Estado del resumen</translation>
    </message>
    <message>
        <source>Register summary chart</source>
        <translation>Gráfico del resumen del registro</translation>
    </message>
    <message>
        <source>Choose a company.</source>
        <translation>Elija una empresa.</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>Reading the register: %L1 of %L2 assets…</source>
        <translation>Leyendo el registro: %L1 de %L2 activos…</translation>
    </message>
    <message>
        <source>Stopped after %L1 assets: the figures below cover only those. Press Read again for the whole register.</source>
        <translation>Detenido tras %L1 activos: las cifras de abajo solo los incluyen a ellos. Pulse Leer de nuevo para todo el registro.</translation>
    </message>
    <message>
        <source>The register could not be read to the end; the figures below cover %L1 assets.</source>
        <translation>No se pudo leer el registro hasta el final; las cifras de abajo incluyen %L1 activos.</translation>
    </message>
    <message>
        <source>Whole register: %L1 assets, net book value %2.</source>
        <translation>Todo el registro: %L1 activos, valor neto en libros %2.</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>No se pudo leer el registro.</translation>
    </message>
    <message>
        <source>The %1 groups with the largest net book value</source>
        <translation>Los %1 grupos con mayor valor neto en libros</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Depreciación acumulada</translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation>Valor neto en libros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All groups, by net book value</source>
        <translation>Todos los grupos, por valor neto en libros</translation>
    </message>
    <message>
        <source>Category or location</source>
        <translation>Categoría o ubicación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) had missing or unreadable amounts or ids: amounts counted as zero, assets without an id left out.</source>
        <translation>
            <numerusform>%Ln activo tenía importes o id faltantes o ilegibles: los importes se contaron como cero y los activos sin id se dejaron fuera.</numerusform>
            <numerusform>%Ln activos tenían importes o id faltantes o ilegibles: los importes se contaron como cero y los activos sin id se dejaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) the server sent more than once were counted once.</source>
        <translation>
            <numerusform>%Ln activo que el servidor envió más de una vez se contó una sola vez.</numerusform>
            <numerusform>%Ln activos que el servidor envió más de una vez se contaron una sola vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::ScheduleModel</name>
    <message>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyectado</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Opening value</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Accumulated</source>
        <translation>Acumulada</translation>
    </message>
    <message>
        <source>Closing value</source>
        <translation>Valor final</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>Activo::SelectByCodesDialog</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <source>Select by codes</source>
        <translation>Seleccionar por códigos</translation>
    </message>
    <message>
        <source>&amp;Paste or type asset codes, one per line or separated by commas, semicolons, tabs or spaces. Case does not matter, and repeated codes count once.</source>
        <translation>&amp;Pegue o escriba códigos de activo, uno por línea o separados por comas, punto y coma, tabulaciones o espacios. No se distinguen mayúsculas de minúsculas y los códigos repetidos cuentan una vez.</translation>
    </message>
    <message>
        <source>Asset codes</source>
        <translation>Códigos de activo</translation>
    </message>
    <message>
        <source>FUR-0011
LAP-0042
VEH-0003</source>
        <translation>FUR-0011
LAP-0042
VEH-0003</translation>
    </message>
    <message>
        <source>Codes looked up</source>
        <translation>Códigos buscados</translation>
    </message>
    <message>
        <source>%v of %m codes</source>
        <translation>%v de %m códigos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Codes not found</source>
        <translation>Códigos no encontrados</translation>
    </message>
    <message>
        <source>Paste or type at least one asset code, for example FUR-0011.</source>
        <translation>Pegue o escriba al menos un código de activo, por ejemplo FUR-0011.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n code(s)…</source>
        <translation>
            <numerusform>Buscando %n código…</numerusform>
            <numerusform>Buscando %n códigos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>code: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Every code was found. %n asset(s) are selected in the register.</source>
        <translation>
            <numerusform>Se encontraron todos los códigos. %n activo está seleccionado en el registro.</numerusform>
            <numerusform>Se encontraron todos los códigos. %n activos están seleccionados en el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) were found, and those assets are selected in the register.</source>
        <translation>
            <numerusform>Se encontraron %1 de %n código, y esos activos están seleccionados en el registro.</numerusform>
            <numerusform>Se encontraron %1 de %n códigos, y esos activos están seleccionados en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>These codes match no asset. Check them against the register:</source>
        <translation>Estos códigos no coinciden con ningún activo. Compruébelos en el registro:</translation>
    </message>
    <message>
        <source>These codes were not found or could not be looked up:</source>
        <translation>Estos códigos no se encontraron o no se pudieron buscar:</translation>
    </message>
    <message numerus="yes">
        <source>No asset has any of the %n code(s), so the selection is unchanged.</source>
        <translation>
            <numerusform>Ningún activo tiene este código, así que la selección no cambia.</numerusform>
            <numerusform>Ningún activo tiene alguno de estos %n códigos, así que la selección no cambia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Activo::SessionKeyStore</name>
    <message>
        <source>The server base URL is empty.</source>
        <translation>La URL base del servidor está vacía.</translation>
    </message>
    <message>
        <source>The server base URL contains a NUL character.</source>
        <translation>La URL base del servidor contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The API key is empty, so it was not stored.</source>
        <translation>La clave de API está vacía, así que no se guardó.</translation>
    </message>
    <message>
        <source>The API key contains a NUL character, which the keychain cannot store.</source>
        <translation>La clave de API contiene un carácter NUL, que el llavero del sistema no puede guardar.</translation>
    </message>
</context>
<context>
    <name>Activo::TableColumns</name>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <source>Choose, order and reset the columns of this list</source>
        <translation>Elija, ordene y restablezca las columnas de esta lista</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation>Muestra las columnas predeterminadas con su orden y sus anchos predeterminados</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Check your network connection and the server address, then try again.</source>
        <translation>Compruebe la conexión de red y la dirección del servidor, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server may be busy or the network slow. Try again in a moment.</source>
        <translation>Es posible que el servidor esté ocupado o que la red sea lenta. Vuelva a intentarlo en unos momentos.</translation>
    </message>
    <message>
        <source>Do not continue on an untrusted network. Ask your IT department to check the certificate.</source>
        <translation>No continúe en una red que no sea de confianza. Pida a su departamento de TI que compruebe el certificado.</translation>
    </message>
    <message>
        <source>Check the server address in Preferences.</source>
        <translation>Compruebe la dirección del servidor en Preferencias.</translation>
    </message>
    <message>
        <source>Paste a valid API key in Preferences. An administrator can generate one under Profile &gt; Developer API.</source>
        <translation>Pegue una clave de API válida en Preferencias. Un administrador puede generar una en Profile &gt; Developer API.</translation>
    </message>
    <message>
        <source>Ask your ActivoHQ administrator for access.</source>
        <translation>Pida acceso a su administrador de ActivoHQ.</translation>
    </message>
    <message>
        <source>It may have been removed. Refresh the list and try again.</source>
        <translation>Es posible que se haya eliminado. Actualice la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Correct the value and try again.</source>
        <translation>Corrija el valor y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Wait a moment and try again.</source>
        <translation>El servidor está limitando las solicitudes. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a problem on the server. Try again later; if it persists, contact support with the details below.</source>
        <translation>Se trata de un problema del servidor. Vuelva a intentarlo más tarde. Si el problema continúa, póngase en contacto con el soporte técnico y facilite los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>Try again. If it persists, contact support with the details below.</source>
        <translation>Vuelva a intentarlo. Si el problema continúa, póngase en contacto con el soporte técnico y facilite los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>Use an https:// address in Preferences.</source>
        <translation>Use una dirección https:// en Preferencias.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>No se pudo acceder al servidor (%1).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>No se pudo establecer la conexión segura: %1</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1). It was not followed, so the API key was not sent there.</source>
        <translation>El servidor redirigió la solicitud a otra dirección (%1). No se siguió la redirección, así que la clave de API no se envió a esa dirección.</translation>
    </message>
    <message>
        <source>The server rejected the API key (HTTP 401). It may be wrong, revoked or replaced by a newer one.</source>
        <translation>El servidor rechazó la clave de API (HTTP 401). Puede que sea incorrecta, que se haya revocado o que se haya reemplazado por una más reciente.</translation>
    </message>
    <message>
        <source>The server sent a reply that Activo Desk cannot read: %1</source>
        <translation>El servidor envió una respuesta que Activo Desk no puede leer: %1</translation>
    </message>
    <message>
        <source>The server answered: %1 (HTTP %2).</source>
        <translation>El servidor respondió: %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Solicitud: %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Detalle técnico: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>none sent by the server</source>
        <translation>el servidor no envió ninguno</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Client: Activo Desk %1</source>
        <translation>Cliente: Activo Desk %1</translation>
    </message>
    <message>
        <source>The server returned an HTML page instead of JSON.</source>
        <translation>El servidor devolvió una página HTML en lugar de JSON.</translation>
    </message>
    <message>
        <source>the reply was empty.</source>
        <translation>la respuesta estaba vacía.</translation>
    </message>
    <message>
        <source>an HTML page arrived instead of JSON.</source>
        <translation>se recibió una página HTML en lugar de JSON.</translation>
    </message>
    <message>
        <source>the JSON is invalid (%1 at byte %2 of %3).</source>
        <translation>el JSON no es válido (%1 en el byte %2 de %3).</translation>
    </message>
    <message>
        <source>the reply has status %1 but contains only an error message.</source>
        <translation>la respuesta tiene el estado %1, pero solo contiene un mensaje de error.</translation>
    </message>
    <message>
        <source>The request was not sent because %1 does not use HTTPS.</source>
        <translation>La solicitud no se envió porque %1 no usa HTTPS.</translation>
    </message>
    <message>
        <source>Time (UTC): %1</source>
        <translation>Hora (UTC): %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Tipo de error: %1</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>sin datos durante %n segundo</numerusform>
            <numerusform>sin datos durante %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the proxy settings of this computer, or ask your IT department which proxy and sign-in to use.</source>
        <translation>Revise la configuración del proxy de este equipo o pregunte a su departamento de TI qué proxy y qué credenciales debe usar.</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests and asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>El servidor está limitando las solicitudes y pide esperar %n minuto antes de volver a intentarlo.</numerusform>
            <numerusform>El servidor está limitando las solicitudes y pide esperar %n minutos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests and asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>El servidor está limitando las solicitudes y pide esperar %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>El servidor está limitando las solicitudes y pide esperar %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The proxy server between this computer and ActivoHQ stopped the request (%1).</source>
        <translation>El servidor proxy entre este equipo y ActivoHQ detuvo la solicitud (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) in reply to %1.</source>
        <translation>
            <numerusform>El servidor no envió nada durante %n segundo en respuesta a %1.</numerusform>
            <numerusform>El servidor no envió nada durante %n segundos en respuesta a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>it asked for a user name and password, and none was accepted</source>
        <translation>pidió un nombre de usuario y una contraseña, y no se aceptó ninguno</translation>
    </message>
    <message>
        <source>The certificate is for &quot;%1&quot;, issued by &quot;%2&quot;, with the SHA-256 fingerprint %3.</source>
        <translation>El certificado es para &quot;%1&quot;, lo emitió &quot;%2&quot; y su huella digital SHA-256 es %3.</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>no se indicó ninguna dirección</translation>
    </message>
    <message>
        <source>the reply is null instead of an object or a list.</source>
        <translation>la respuesta es null en lugar de un objeto o una lista.</translation>
    </message>
</context>
<context>
    <name>Asset</name>
    <message>
        <source>an asset has no valid id.</source>
        <translation>un activo no tiene un identificador válido.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>asset status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>asset status</comment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <comment>asset status</comment>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>Disposed</source>
        <comment>asset status</comment>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>asset availability</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Checked out</source>
        <comment>asset availability</comment>
        <translation>Prestado</translation>
    </message>
    <message>
        <source>Reserved</source>
        <comment>asset availability</comment>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <comment>asset availability</comment>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Straight line</source>
        <comment>depreciation method</comment>
        <translation>Línea recta</translation>
    </message>
</context>
<context>
    <name>AssetChange</name>
    <message>
        <source>The asset is disposed, and a disposed asset cannot be changed.</source>
        <translation>El activo está dado de baja, y un activo dado de baja no se puede cambiar.</translation>
    </message>
    <message>
        <source>The asset is checked out, so its availability cannot be changed. Check it in first (Asset › Check in).</source>
        <translation>El activo está prestado, por lo que su disponibilidad no se puede cambiar. Devuélvalo primero (Activo › Devolver).</translation>
    </message>
</context>
<context>
    <name>AssetDetailsDialog</name>
    <message>
        <source>Asset details</source>
        <translation>Detalles del activo</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Loading the asset…</source>
        <translation>Cargando el activo…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>RFID EPC:</source>
        <translation>EPC RFID:</translation>
    </message>
    <message>
        <source>RFID EPC</source>
        <translation>EPC RFID</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Cost center:</source>
        <translation>Centro de costo:</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de costo</translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation>Custodio:</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Depreciation book:</source>
        <translation>Libro de depreciación:</translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation>Libro de depreciación</translation>
    </message>
    <message>
        <source>Acquisition date:</source>
        <translation>Fecha de adquisición:</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Fecha de adquisición</translation>
    </message>
    <message>
        <source>Acquisition cost:</source>
        <translation>Costo de adquisición:</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Costo de adquisición</translation>
    </message>
    <message>
        <source>Salvage value:</source>
        <translation>Valor residual:</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>Valor residual</translation>
    </message>
    <message>
        <source>Useful life:</source>
        <translation>Vida útil:</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>Depreciation method:</source>
        <translation>Método de depreciación:</translation>
    </message>
    <message>
        <source>Depreciation method</source>
        <translation>Método de depreciación</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Disponibilidad:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Accumulated depreciation:</source>
        <translation>Depreciación acumulada:</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Depreciación acumulada</translation>
    </message>
    <message>
        <source>Net book value:</source>
        <translation>Valor neto en libros:</translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation>Valor neto en libros</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del cuadro de diálogo</translation>
    </message>
</context>
<context>
    <name>AssetEditorDialog</name>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Asset editor</source>
        <translation>Editor de activos</translation>
    </message>
    <message>
        <source>Loading the asset…</source>
        <translation>Cargando el activo…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Asset &amp;code:</source>
        <translation>&amp;Código del activo:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code error</source>
        <translation>Error en el código</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Category error</source>
        <translation>Error en la categoría</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Location error</source>
        <translation>Error en la ubicación</translation>
    </message>
    <message>
        <source>C&amp;ost center:</source>
        <translation>Cent&amp;ro de costo:</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de costo</translation>
    </message>
    <message>
        <source>Cost center error</source>
        <translation>Error en el centro de costo</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>Cu&amp;stodio:</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Custodian error</source>
        <translation>Error en el custodio</translation>
    </message>
    <message>
        <source>Depreciation &amp;book:</source>
        <translation>&amp;Libro de depreciación:</translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation>Libro de depreciación</translation>
    </message>
    <message>
        <source>Depreciation book error</source>
        <translation>Error en el libro de depreciación</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Fecha de adquisición</translation>
    </message>
    <message>
        <source>Acquisition date error</source>
        <translation>Error en la fecha de adquisición</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Costo de adquisición</translation>
    </message>
    <message>
        <source>Acquisition cost error</source>
        <translation>Error en el costo de adquisición</translation>
    </message>
    <message>
        <source>Sal&amp;vage value:</source>
        <translation>&amp;Valor residual:</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>Valor residual</translation>
    </message>
    <message>
        <source>Salvage value error</source>
        <translation>Error en el valor residual</translation>
    </message>
    <message>
        <source>Useful life in months</source>
        <translation>Vida útil en meses</translation>
    </message>
    <message>
        <source>Useful life in months error</source>
        <translation>Error en la vida útil en meses</translation>
    </message>
    <message>
        <source>Depreciation &amp;method:</source>
        <translation>&amp;Método de depreciación:</translation>
    </message>
    <message>
        <source>Depreciation method</source>
        <translation>Método de depreciación</translation>
    </message>
    <message>
        <source>Depreciation method error</source>
        <translation>Error en el método de depreciación</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status error</source>
        <translation>Error en el estado</translation>
    </message>
    <message>
        <source>Availab&amp;ility:</source>
        <translation>Dis&amp;ponibilidad:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Availability error</source>
        <translation>Error en la disponibilidad</translation>
    </message>
    <message>
        <source>Accumulated depreciation:</source>
        <translation>Depreciación acumulada:</translation>
    </message>
    <message>
        <source>Calculated by the server</source>
        <translation>Lo calcula el servidor</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Depreciación acumulada</translation>
    </message>
    <message>
        <source>Net book value:</source>
        <translation>Valor neto en libros:</translation>
    </message>
    <message>
        <source>Net book value</source>
        <translation>Valor neto en libros</translation>
    </message>
    <message>
        <source>Lists status</source>
        <translation>Estado de las listas</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>&amp;Actualizar listas</translation>
    </message>
    <message>
        <source>Load the categories, locations and other lists again from the server</source>
        <translation>Volver a cargar desde el servidor las categorías, las ubicaciones y las demás listas</translation>
    </message>
    <message>
        <source>Refresh lists</source>
        <translation>Actualizar listas</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Guardar y nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the asset (Ctrl+S)</source>
        <translation>Guardar el activo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Acquisition dat&amp;e:</source>
        <translation>&amp;Fecha de adquisición:</translation>
    </message>
    <message>
        <source>Save and ne&amp;w</source>
        <translation>Guardar &amp;y nuevo</translation>
    </message>
    <message>
        <source>Save, then start the next asset with the same category, location, cost center, depreciation book and acquisition date (Ctrl+Shift+S)</source>
        <translation>Guarda y empieza el siguiente activo con la misma categoría, ubicación, centro de costo, libro de depreciación y fecha de adquisición (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Ac&amp;quisition cost:</source>
        <translation>C&amp;osto de adquisición:</translation>
    </message>
    <message>
        <source>Useful li&amp;fe:</source>
        <translation>V&amp;ida útil:</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Connect to the API at &lt;url&gt; for this run, e.g. https://acme.activohq.cloud/api/v1 or http://127.0.0.1:8080/api/v1.</source>
        <translation>Conectarse a la API de &lt;url&gt; durante esta ejecución; por ejemplo, https://acme.activohq.cloud/api/v1 o http://127.0.0.1:8080/api/v1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Connect to https://&lt;name&gt;.activohq.cloud/api/v1 for this run.</source>
        <translation>Conectarse a https://&lt;nombre&gt;.activohq.cloud/api/v1 durante esta ejecución.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation>Abrir la empresa con este identificador.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Ejecute con --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help to see the options.</source>
        <translation>No se esperaba el argumento &quot;%1&quot;. Ejecute con --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Give either --base-url or --tenant, not both.</source>
        <translation>Indique --base-url o --tenant, pero no ambos.</translation>
    </message>
    <message>
        <source>--tenant takes a name such as &quot;acme&quot;; use --base-url for &quot;%1&quot;.</source>
        <translation>--tenant acepta un nombre como &quot;acme&quot;. Use --base-url para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Activo Desk: search and read the fixed-asset register of an ActivoHQ company.
The API key is read from the system keychain, or from the ACTIVOHQ_API_KEY environment variable for this run only.</source>
        <translation>Activo Desk: busque y consulte el registro de activos fijos de una empresa de ActivoHQ.
La clave de API se lee del llavero del sistema, o de la variable de entorno ACTIVOHQ_API_KEY solo para esta ejecución.</translation>
    </message>
    <message>
        <source>--base-url takes an address such as https://acme.activohq.cloud/api/v1, not &quot;%1&quot;. For a tenant name, use --tenant.</source>
        <translation>--base-url acepta una dirección como https://acme.activohq.cloud/api/v1, no &quot;%1&quot;. Para indicar el nombre de una instancia, use --tenant.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection settings</source>
        <translation>Configuración de la conexión</translation>
    </message>
    <message>
        <source>Why this page opened</source>
        <translation>Motivo por el que se abrió esta página</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Tenant, e.g. acme, or https://acme.activohq.cloud/api/v1</source>
        <translation>Instancia (p. ej., acme) o https://acme.activohq.cloud/api/v1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Your tenant name or the full address of the API</source>
        <translation>Nombre de su instancia o dirección completa de la API</translation>
    </message>
    <message>
        <source>Server address check</source>
        <translation>Comprobación de la dirección del servidor</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>Paste the key from Profile &gt; Developer API</source>
        <translation>Pegue la clave de Profile &gt; Developer API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The key is hidden and stored in the system keychain</source>
        <translation>La clave se oculta y se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>API key check</source>
        <translation>Comprobación de la clave de API</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Clave guardada</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Olvidar clave</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Olvidar clave</translation>
    </message>
    <message>
        <source>Remove the stored API key of this server from the keychain</source>
        <translation>Eliminar del llavero del sistema la clave de API guardada de este servidor</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2. Check the name, or choose the file with Browse.</source>
        <translation>No se pudo abrir el archivo &quot;%1&quot;: %2. Revise el nombre, o elija el archivo con Examinar.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than %2 MB. Split it into smaller files and import them one after another.</source>
        <translation>El archivo &quot;%1&quot; ocupa más de %2 MB. Divídalo en archivos más pequeños e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a header line and at least one asset.</source>
        <translation>El archivo está vacío. Elija un archivo CSV con una línea de encabezados y al menos un activo.</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 has no closing quote (&quot;), so the rest of the file cannot be read. Add the closing quote in a text editor, or save the file from the spreadsheet again.</source>
        <translation>El valor entre comillas que empieza en la línea %1 no tiene comillas de cierre (&quot;), así que el resto del archivo no se puede leer. Agregue las comillas de cierre en un editor de texto, o guarde de nuevo el archivo desde la hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file has a header line but no assets below it. Add one line per asset.</source>
        <translation>El archivo tiene una línea de encabezados pero ningún activo debajo. Agregue una línea por activo.</translation>
    </message>
</context>
<context>
    <name>DepreciationSchedule</name>
    <message>
        <source>The asset has no acquisition date, so its depreciation cannot be scheduled.</source>
        <translation>El activo no tiene fecha de adquisición, así que no se puede calcular su depreciación.</translation>
    </message>
    <message>
        <source>The asset has no useful life, so its depreciation cannot be scheduled.</source>
        <translation>El activo no tiene vida útil, así que no se puede calcular su depreciación.</translation>
    </message>
    <message>
        <source>The cost does not exceed the salvage value, so there is nothing to depreciate.</source>
        <translation>El costo no supera el valor residual, así que no hay nada que depreciar.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Qué se exporta</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>The character between the fields of a line</source>
        <translation>El carácter entre los campos de una línea</translation>
    </message>
    <message>
        <source>&amp;Decimal separator:</source>
        <translation>Separador &amp;decimal:</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>How amounts are written; pick what your spreadsheet expects</source>
        <translation>Cómo se escriben los importes; elija lo que espera su hoja de cálculo</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Buscar un archivo</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist, so %2 could not be created. Choose another folder and export again.</source>
        <translation>La carpeta %1 no existe, así que no se pudo crear %2. Elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name and export again.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2. Choose a folder you can write to, such as your Documents folder, and export again.</source>
        <translation>No se pudo crear %1: %2. Elija una carpeta en la que pueda escribir, como Documentos, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. No file was saved. Check that the disk has free space and that the file is not open in another program, then export again.</source>
        <translation>No se pudo escribir %1: %2. No se guardó ningún archivo. Compruebe que el disco tiene espacio libre y que el archivo no está abierto en otro programa, y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(Do not import)</source>
        <translation>(No importar)</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Código del activo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>RFID EPC</source>
        <translation>EPC RFID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Centro de costo</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation>Libro de depreciación</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Fecha de adquisición</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>Valor residual</translation>
    </message>
    <message>
        <source>Useful life (months)</source>
        <translation>Vida útil (meses)</translation>
    </message>
    <message>
        <source>Depreciation method</source>
        <translation>Método de depreciación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>&quot;%1&quot; is not more than 0. Write a whole number of months such as 60.</source>
        <translation>&quot;%1&quot; no es mayor que 0. Escriba un número entero de meses, como 60.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Write a whole number of months such as 60.</source>
        <translation>&quot;%1&quot; no es un número entero. Escriba un número entero de meses, como 60.</translation>
    </message>
    <message>
        <source>Write it as %1 (%2), or choose another date format.</source>
        <translation>Escríbala como %1 (%2), o elija otro formato de fechas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form %2. %3</source>
        <translation>&quot;%1&quot; no es una fecha con la forma %2. %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have a four-digit year. %2</source>
        <translation>&quot;%1&quot; no tiene un año de cuatro cifras. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: there is no day %2 in month %3 of %4. %5</source>
        <translation>&quot;%1&quot; no es una fecha válida: no existe el día %2 en el mes %3 de %4. %5</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>date pattern</comment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <comment>date pattern</comment>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <comment>date pattern</comment>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <comment>date pattern</comment>
        <translation>DD.MM.AAAA</translation>
    </message>
</context>
<context>
    <name>ImportLine</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Sin ejecutar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown - check before running again</source>
        <translation>Desconocido: compruebe antes de volver a ejecutar</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>The asset already has these values.</source>
        <translation>El activo ya tiene estos valores.</translation>
    </message>
    <message>
        <source>A new asset named &quot;%1&quot;.</source>
        <translation>Un activo nuevo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The asset already has these values, so nothing was sent.</source>
        <translation>El activo ya tiene estos valores, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped before this line.</source>
        <translation>No enviada: la importación se detuvo antes de esta línea.</translation>
    </message>
    <message>
        <source>The asset could not be read before the update, so nothing was sent. %1</source>
        <translation>No se pudo leer el activo antes de actualizarlo, así que no se envió nada. %1</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the asset could not be read, so nothing was sent. %1</source>
        <translation>No se pudo interpretar la copia del activo del servidor, así que no se envió nada. %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Creado.</translation>
    </message>
    <message>
        <source>The server did not answer, so the asset %1 may or may not have been created. Search the register for %1 before running the import again; a new run does not create it twice.</source>
        <translation>El servidor no respondió, así que el activo %1 puede haberse creado o no. Busque %1 en el registro antes de volver a ejecutar la importación; una nueva ejecución no lo crea dos veces.</translation>
    </message>
    <message>
        <source>The server did not answer, so the asset %1 may or may not have been updated. Open it to check its values.</source>
        <translation>El servidor no respondió, así que el activo %1 puede haberse actualizado o no. Ábralo para comprobar sus valores.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language settings</source>
        <translation>Configuración de idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Trasladar…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>De&amp;volver…</translation>
    </message>
    <message>
        <source>Re&amp;serve…</source>
        <translation>Re&amp;servar…</translation>
    </message>
    <message>
        <source>&amp;Dispose…</source>
        <translation>Dar de &amp;baja…</translation>
    </message>
    <message>
        <source>Transfer asset</source>
        <translation>Trasladar activo</translation>
    </message>
    <message>
        <source>Check out asset</source>
        <translation>Prestar activo</translation>
    </message>
    <message>
        <source>Check in asset</source>
        <translation>Devolver activo</translation>
    </message>
    <message>
        <source>Reserve asset</source>
        <translation>Reservar activo</translation>
    </message>
    <message>
        <source>Dispose of asset</source>
        <translation>Dar de baja el activo</translation>
    </message>
    <message>
        <source>Chec&amp;k out…</source>
        <translation>&amp;Prestar…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activo Desk</source>
        <translation>Activo Desk</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Registro de activos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Server, API key and other settings</source>
        <translation>Servidor, clave de API y otras opciones</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search by code, name or RFID EPC</source>
        <translation>Buscar por código, nombre o EPC RFID</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Load the register again from the server</source>
        <translation>Volver a cargar el registro desde el servidor</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Open asset</source>
        <translation>&amp;Abrir activo</translation>
    </message>
    <message>
        <source>Show the details of the selected asset</source>
        <translation>Mostrar los detalles del activo seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;About Activo Desk</source>
        <translation>&amp;Acerca de Activo Desk</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>A&amp;ctivo</translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation>&amp;Nuevo activo…</translation>
    </message>
    <message>
        <source>Register a new asset (Ctrl+N)</source>
        <translation>Registrar un activo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit asset…</source>
        <translation>&amp;Editar activo…</translation>
    </message>
    <message>
        <source>Edit the selected asset (F2)</source>
        <translation>Editar el activo seleccionado (F2)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
</context>
<context>
    <name>MasterDataDialog</name>
    <message>
        <source>Master data record</source>
        <translation>Registro de datos maestros</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>Acerca de este formulario</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code error</source>
        <translation>Error en el código</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country error</source>
        <translation>Error en el país</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>Error en el correo</translation>
    </message>
    <message>
        <source>&amp;Active (can be chosen for assets)</source>
        <translation>&amp;Activa (se puede elegir para los activos)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message>
        <source>&quot;%1&quot; is negative, but this amount must be %2 or more.</source>
        <translation>&quot;%1&quot; es negativo, pero este importe debe ser igual o mayor que %2.</translation>
    </message>
    <message>
        <source>a space</source>
        <extracomment>Names a space character inside an amount, as in: &quot;1 234&quot; contains a space.</extracomment>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>el carácter U+%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>Quotes one character or separator of an amount inside a message.</extracomment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount. Type an amount such as %2.</source>
        <translation>&quot;%1&quot; no es un importe válido. Escriba un importe como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount because it contains %2. Type an amount such as %3.</source>
        <translation>&quot;%1&quot; no es un importe válido porque contiene %2. Escriba un importe como %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a sign in the wrong place, and this amount cannot be negative. Type an amount such as %2.</source>
        <translation>&quot;%1&quot; tiene un signo en una posición incorrecta, y este importe no puede ser negativo. Escriba un importe como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a sign in the wrong place. Type the minus sign before the amount, as in %2.</source>
        <translation>&quot;%1&quot; tiene un signo en una posición incorrecta. Escriba el signo menos delante del importe, como en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %2, which this locale does not use in amounts. Decimals are written with %3, as in %4.</source>
        <translation>&quot;%1&quot; contiene %2, que esta configuración regional no usa en los importes. Los decimales se escriben con %3, como en %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains the decimal separator %2 more than once. Type an amount such as %3.</source>
        <translation>&quot;%1&quot; contiene más de una vez el separador decimal %2. Escriba un importe como %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 after the decimal separator %3. Group separators may appear only before it, as in %4.</source>
        <translation>&quot;%1&quot; tiene %2 después del separador decimal %3. Los separadores de miles solo pueden ir antes del separador decimal, como en %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two separators in a row. Type an amount such as %2.</source>
        <translation>&quot;%1&quot; tiene dos separadores seguidos. Escriba un importe como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous because %2 looks like a decimal separator. This locale groups thousands with %2 and writes decimals with %3, as in %4.</source>
        <translation>&quot;%1&quot; es ambiguo porque %2 parece un separador decimal. En esta configuración regional, los miles se separan con %2 y los decimales se escriben con %3, como en %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 in the wrong place for a group separator. Group the digits as in %3.</source>
        <translation>&quot;%1&quot; tiene %2 en una posición que no corresponde a un separador de miles. Agrupe los dígitos como en %3.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n decimals, but amounts have at most 2.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n decimal, pero los importes admiten como máximo 2.</numerusform>
            <numerusform>&quot;%1&quot; tiene %n decimales, pero los importes admiten como máximo 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rounded to 2 decimals, it is %1.</source>
        <translation>Si se redondea a 2 decimales, queda %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is smaller than the minimum amount, %2.</source>
        <translation>&quot;%1&quot; es menor que el importe mínimo, que es %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than the maximum amount, %2.</source>
        <translation>&quot;%1&quot; es mayor que el importe máximo, que es %2.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>the reply is not a JSON object with an &quot;items&quot; list.</source>
        <translation>la respuesta no es un objeto JSON con una lista &quot;items&quot;.</translation>
    </message>
    <message>
        <source>the reply has no &quot;items&quot; list.</source>
        <translation>la respuesta no tiene una lista &quot;items&quot;.</translation>
    </message>
    <message>
        <source>the &quot;items&quot; field of the reply is not a list.</source>
        <translation>el campo &quot;items&quot; de la respuesta no es una lista.</translation>
    </message>
    <message>
        <source>the reply has no valid &quot;total&quot; count.</source>
        <translation>la respuesta no tiene un recuento &quot;total&quot; válido.</translation>
    </message>
    <message>
        <source>the reply gives a negative total (%1).</source>
        <translation>la respuesta indica un total negativo (%1).</translation>
    </message>
</context>
<context>
    <name>PdfExportWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>the PDF pages could not be drawn</source>
        <translation>no se pudieron dibujar las páginas del PDF</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>Preference page</source>
        <translation>Página de preferencias</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del cuadro de diálogo</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>%1 contains &quot;%2&quot;, which was ignored: a preset never holds an API key. Each user pastes the key in Preferences.</source>
        <translation>%1 contiene &quot;%2&quot;, que se ignoró: una configuración predefinida nunca contiene una clave de API. Cada usuario pega la clave en Preferencias.</translation>
    </message>
    <message>
        <source>The server in %1 was ignored: %2</source>
        <translation>Se ignoró el servidor de %1: %2</translation>
    </message>
    <message>
        <source>PageSize &quot;%1&quot; in %2 was ignored: use a whole number from 1 to 200.</source>
        <translation>Se ignoró PageSize &quot;%1&quot; de %2: use un número entero de 1 a 200.</translation>
    </message>
    <message>
        <source>Language &quot;%1&quot; in %2 was ignored: use en or es.</source>
        <translation>Se ignoró Language &quot;%1&quot; de %2: use en o es.</translation>
    </message>
    <message>
        <source>The preset file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de configuración predefinida %1.</translation>
    </message>
</context>
<context>
    <name>PrinterExportWriter</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>The printer %1 could not print the list. Check that it is connected and try again.</source>
        <translation>La impresora %1 no pudo imprimir la lista. Compruebe que está conectada y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ResourceCatalog</name>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>Cargando categorías…</translation>
    </message>
    <message>
        <source>This company has no categories.</source>
        <translation>Esta empresa no tiene categorías.</translation>
    </message>
    <message>
        <source>The categories could not be loaded.</source>
        <translation>No se pudieron cargar las categorías.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Loading locations…</source>
        <translation>Cargando ubicaciones…</translation>
    </message>
    <message>
        <source>This company has no locations.</source>
        <translation>Esta empresa no tiene ubicaciones.</translation>
    </message>
    <message>
        <source>The locations could not be loaded.</source>
        <translation>No se pudieron cargar las ubicaciones.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Cost centers</source>
        <translation>Centros de costo</translation>
    </message>
    <message>
        <source>Loading cost centers…</source>
        <translation>Cargando centros de costo…</translation>
    </message>
    <message>
        <source>This company has no cost centers.</source>
        <translation>Esta empresa no tiene centros de costo.</translation>
    </message>
    <message>
        <source>The cost centers could not be loaded.</source>
        <translation>No se pudieron cargar los centros de costo.</translation>
    </message>
    <message>
        <source>Depreciation books</source>
        <translation>Libros de depreciación</translation>
    </message>
    <message>
        <source>Loading depreciation books…</source>
        <translation>Cargando libros de depreciación…</translation>
    </message>
    <message>
        <source>This company has no depreciation books.</source>
        <translation>Esta empresa no tiene libros de depreciación.</translation>
    </message>
    <message>
        <source>The depreciation books could not be loaded.</source>
        <translation>No se pudieron cargar los libros de depreciación.</translation>
    </message>
    <message>
        <source>Custodians</source>
        <translation>Custodios</translation>
    </message>
    <message>
        <source>Loading custodians…</source>
        <translation>Cargando custodios…</translation>
    </message>
    <message>
        <source>This company has no custodians.</source>
        <translation>Esta empresa no tiene custodios.</translation>
    </message>
    <message>
        <source>The custodians could not be loaded.</source>
        <translation>No se pudieron cargar los custodios.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Loading employees…</source>
        <translation>Cargando empleados…</translation>
    </message>
    <message>
        <source>This company has no employees.</source>
        <translation>Esta empresa no tiene empleados.</translation>
    </message>
    <message>
        <source>The employees could not be loaded.</source>
        <translation>No se pudieron cargar los empleados.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>Ejercicios fiscales</translation>
    </message>
    <message>
        <source>Loading fiscal years…</source>
        <translation>Cargando ejercicios fiscales…</translation>
    </message>
    <message>
        <source>This company has no fiscal years.</source>
        <translation>Esta empresa no tiene ejercicios fiscales.</translation>
    </message>
    <message>
        <source>The fiscal years could not be loaded.</source>
        <translation>No se pudieron cargar los ejercicios fiscales.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Depreciation runs</source>
        <translation>Ejecuciones de depreciación</translation>
    </message>
    <message>
        <source>Loading depreciation runs…</source>
        <translation>Cargando ejecuciones de depreciación…</translation>
    </message>
    <message>
        <source>This company has no depreciation runs.</source>
        <translation>Esta empresa no tiene ejecuciones de depreciación.</translation>
    </message>
    <message>
        <source>The depreciation runs could not be loaded.</source>
        <translation>No se pudieron cargar las ejecuciones de depreciación.</translation>
    </message>
    <message>
        <source>Run date</source>
        <translation>Fecha de ejecución</translation>
    </message>
    <message>
        <source>Depreciation book</source>
        <translation>Libro de depreciación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Total depreciation</source>
        <translation>Depreciación total</translation>
    </message>
    <message>
        <source>Depreciation entries</source>
        <translation>Asientos de depreciación</translation>
    </message>
    <message>
        <source>Loading depreciation entries…</source>
        <translation>Cargando asientos de depreciación…</translation>
    </message>
    <message>
        <source>There are no depreciation entries.</source>
        <translation>No hay asientos de depreciación.</translation>
    </message>
    <message>
        <source>The depreciation entries could not be loaded.</source>
        <translation>No se pudieron cargar los asientos de depreciación.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Opening value</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Depreciación</translation>
    </message>
    <message>
        <source>Accumulated</source>
        <translation>Acumulada</translation>
    </message>
    <message>
        <source>Closing value</source>
        <translation>Valor final</translation>
    </message>
    <message>
        <source>Journal batches</source>
        <translation>Lotes contables</translation>
    </message>
    <message>
        <source>Loading journal batches…</source>
        <translation>Cargando lotes contables…</translation>
    </message>
    <message>
        <source>This company has no journal batches.</source>
        <translation>Esta empresa no tiene lotes contables.</translation>
    </message>
    <message>
        <source>The journal batches could not be loaded.</source>
        <translation>No se pudieron cargar los lotes contables.</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Journal lines</source>
        <translation>Líneas contables</translation>
    </message>
    <message>
        <source>Loading the journal lines…</source>
        <translation>Cargando las líneas contables…</translation>
    </message>
    <message>
        <source>This batch has no lines.</source>
        <translation>Este lote no tiene líneas.</translation>
    </message>
    <message>
        <source>The journal batch could not be loaded.</source>
        <translation>No se pudo cargar el lote contable.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Disposals</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Loading disposals…</source>
        <translation>Cargando bajas…</translation>
    </message>
    <message>
        <source>This company has no disposals.</source>
        <translation>Esta empresa no tiene bajas.</translation>
    </message>
    <message>
        <source>The disposals could not be loaded.</source>
        <translation>No se pudieron cargar las bajas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>Importe obtenido</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Valor en libros</translation>
    </message>
    <message>
        <source>Gain or loss</source>
        <translation>Ganancia o pérdida</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Revaluations</source>
        <translation>Revaluaciones</translation>
    </message>
    <message>
        <source>Loading revaluations…</source>
        <translation>Cargando revaluaciones…</translation>
    </message>
    <message>
        <source>This company has no revaluations.</source>
        <translation>Esta empresa no tiene revaluaciones.</translation>
    </message>
    <message>
        <source>The revaluations could not be loaded.</source>
        <translation>No se pudieron cargar las revaluaciones.</translation>
    </message>
    <message>
        <source>Previous value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Count sessions</source>
        <translation>Sesiones de conteo</translation>
    </message>
    <message>
        <source>Loading count sessions…</source>
        <translation>Cargando sesiones de conteo…</translation>
    </message>
    <message>
        <source>This company has no count sessions.</source>
        <translation>Esta empresa no tiene sesiones de conteo.</translation>
    </message>
    <message>
        <source>The count sessions could not be loaded.</source>
        <translation>No se pudieron cargar las sesiones de conteo.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Conciliada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Count results</source>
        <translation>Resultados del conteo</translation>
    </message>
    <message>
        <source>Loading count results…</source>
        <translation>Cargando resultados del conteo…</translation>
    </message>
    <message>
        <source>There are no count results.</source>
        <translation>No hay resultados del conteo.</translation>
    </message>
    <message>
        <source>The count results could not be loaded.</source>
        <translation>No se pudieron cargar los resultados del conteo.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>RFID EPC</source>
        <translation>EPC RFID</translation>
    </message>
    <message>
        <source>Expected location</source>
        <translation>Ubicación esperada</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Leído en</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Traslados</translation>
    </message>
    <message>
        <source>Loading transfers…</source>
        <translation>Cargando traslados…</translation>
    </message>
    <message>
        <source>There are no transfers.</source>
        <translation>No hay traslados.</translation>
    </message>
    <message>
        <source>The transfers could not be loaded.</source>
        <translation>No se pudieron cargar los traslados.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Check-outs</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <source>Loading check-outs…</source>
        <translation>Cargando préstamos…</translation>
    </message>
    <message>
        <source>There are no check-outs.</source>
        <translation>No hay préstamos.</translation>
    </message>
    <message>
        <source>The check-outs could not be loaded.</source>
        <translation>No se pudieron cargar los préstamos.</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Devolución prevista</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado físico</translation>
    </message>
    <message>
        <source>Damage notes</source>
        <translation>Notas de daños</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Loading reservations…</source>
        <translation>Cargando reservas…</translation>
    </message>
    <message>
        <source>There are no reservations.</source>
        <translation>No hay reservas.</translation>
    </message>
    <message>
        <source>The reservations could not be loaded.</source>
        <translation>No se pudieron cargar las reservas.</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Inesperado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Reubicado</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Revaluation</source>
        <translation>Revaluación</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter your tenant (for example &quot;acme&quot;) or the server address.</source>
        <translation>Escriba su instancia (por ejemplo, &quot;acme&quot;) o la dirección del servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space. Enter a tenant such as &quot;acme&quot; or an address such as https://acme.activohq.cloud/api/v1.</source>
        <translation>&quot;%1&quot; contiene un espacio. Escriba una instancia como &quot;acme&quot; o una dirección como https://acme.activohq.cloud/api/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name. A tenant uses only letters, digits and hyphens, as in the address of your ActivoHQ site (acme.activohq.cloud).</source>
        <translation>&quot;%1&quot; no es un nombre de instancia válido. El nombre de una instancia solo contiene letras, dígitos y guiones, como en la dirección de su sitio de ActivoHQ (acme.activohq.cloud).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use a form such as https://acme.activohq.cloud/api/v1.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor válida. Use un formato como https://acme.activohq.cloud/api/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the scheme &quot;%2&quot;. Use an https:// address.</source>
        <translation>&quot;%1&quot; usa el esquema &quot;%2&quot;. Use una dirección https://.</translation>
    </message>
    <message>
        <source>Remove the user name or password from &quot;%1&quot;. The API key is entered in its own field.</source>
        <translation>Elimine el nombre de usuario o la contraseña de &quot;%1&quot;. La clave de API se escribe en su propio campo.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from &quot;%1&quot;.</source>
        <translation>Elimine de &quot;%1&quot; la parte que sigue a &quot;?&quot; o &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only for this computer (localhost or 127.0.0.1). Use https://%1 so that the API key is encrypted on the way.</source>
        <translation>Solo se permite HTTP sin cifrar para este equipo (localhost o 127.0.0.1). Use https://%1 para que la clave de API viaje cifrada.</translation>
    </message>
</context>
<context>
    <name>TablePrintout</name>
    <message>
        <source>Printed %1 %2</source>
        <translation>Impreso el %1 a las %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: «%1»</translation>
    </message>
    <message>
        <source>No rows match.</source>
        <translation>Ninguna fila coincide.</translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>Página %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>A temporary file for the workbook could not be created in %1: %2. Free some space there and export again.</source>
        <translation>No se pudo crear un archivo temporal para el libro en %1: %2. Libere espacio allí y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The workbook could not be started. Export as CSV instead.</source>
        <translation>No se pudo iniciar el libro. Exporte a CSV en su lugar.</translation>
    </message>
    <message>
        <source>Row %L1 could not be added to the workbook: %2. Export as CSV instead.</source>
        <translation>No se pudo añadir la fila %L1 al libro: %2. Exporte a CSV en su lugar.</translation>
    </message>
    <message>
        <source>This build of Activo Desk cannot write XLSX files. Export as CSV instead.</source>
        <translation>Esta versión de Activo Desk no puede escribir archivos XLSX. Exporte a CSV en su lugar.</translation>
    </message>
    <message>
        <source>The list has more rows than the maximum of one worksheet (%L1). Export it as CSV instead.</source>
        <translation>La lista tiene más filas que el máximo de una hoja (%L1). Expórtela a CSV en su lugar.</translation>
    </message>
</context>
</TS>
