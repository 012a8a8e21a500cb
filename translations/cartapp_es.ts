<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../cartapp/ui/kiosk/pin_dialog.py" line="+80"/>
        <location line="+2"/>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+18"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>Escriba el PIN del personal para salir del modo quiosco.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <source>Digit %s</source>
        <translation>Dígito %s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No staff PIN is set in the clinic&apos;s configuration file, so kiosk mode cannot be left from here.</source>
        <translation>El archivo de configuración de la clínica no tiene un PIN del personal, así que no se puede salir del modo quiosco desde aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados intentos incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>That PIN is not right. %n tries left.</source>
        <translation>
            <numerusform>Ese PIN no es correcto. Queda %n intento.</numerusform>
            <numerusform>Ese PIN no es correcto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location filename="../cartapp/ui/animation/captions.py" line="+38"/>
        <source>Scene {n} of {total}</source>
        <translation>Escena {n} de {total}</translation>
    </message>
</context>
<context>
    <name>CaptionVoice</name>
    <message>
        <location filename="../cartapp/ui/speech/captions.py" line="+24"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the captions aloud as the story plays</source>
        <translation>Leer en voz alta los textos mientras avanza la historia</translation>
    </message>
</context>
<context>
    <name>CareTeamBox</name>
    <message>
        <location filename="../cartapp/ui/kiosk/care_team_box.py" line="+23"/>
        <location line="+2"/>
        <source>Contact your care team</source>
        <translation>Comuníquese con su equipo de atención</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phone: %s</source>
        <translation>Teléfono: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After hours or urgent: %s</source>
        <translation>Fuera de horario o urgente: %s</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../cartapp/ui/close_guard.py" line="+17"/>
        <source>Your list is not saved</source>
        <translation>Su lista no está guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question list could not be saved, so closing now would lose it.</source>
        <translation>No se pudo guardar su lista de preguntas. Si cierra ahora, la perderá.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save elsewhere…</source>
        <translation>Guardar en otro lugar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>CountedText</name>
    <message>
        <location filename="../cartapp/ui/widgets/my_questions.py" line="+103"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>DefinitionPanel</name>
    <message>
        <location filename="../cartapp/ui/widgets/definition_panel.py" line="+32"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the definition</source>
        <translation>Cerrar la definición</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word meaning</source>
        <translation>Qué significa la palabra</translation>
    </message>
</context>
<context>
    <name>DoneButton</name>
    <message>
        <location filename="../cartapp/ui/kiosk/done_button.py" line="+27"/>
        <source>I&apos;m done — clear my information</source>
        <translation>Terminé — borrar mi información</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clears everything you entered and goes back to the start screen.</source>
        <translation>Borra todo lo que usted escribió y vuelve a la pantalla de inicio.</translation>
    </message>
</context>
<context>
    <name>DoneQuestion</name>
    <message>
        <location filename="../cartapp/ui/kiosk/done_dialog.py" line="+21"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear everything now?</source>
        <translation>¿Borrar todo ahora?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did you print your questions? When you clear, everything you entered here is gone for good.</source>
        <translation>¿Imprimió sus preguntas? Al borrar, todo lo que escribió aquí se pierde para siempre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you clear, everything you entered here is gone for good.</source>
        <translation>Al borrar, todo lo que escribió aquí se pierde para siempre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print first</source>
        <translation>Imprimir primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <location filename="../cartapp/ui/kiosk/session.py" line="+203"/>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last printer problem, at %1: %2

Leave kiosk mode now?</source>
        <translation>Último problema de la impresora, a las %1: %2

¿Salir del modo quiosco ahora?</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../cartapp/ui/kit_dialog.py" line="+66"/>
        <source>Print a safety kit</source>
        <translation>Imprimir un kit de seguridad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Things to keep at home after the infusion, with your center&apos;s numbers. Anything you leave blank prints as a line to write on.</source>
        <translation>Cosas para tener en casa después de la infusión, con los números de su centro. Lo que deje en blanco se imprime como una línea para escribir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details (optional)</source>
        <translation>Datos (opcional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>CAR T product, if you know it</source>
        <translation>Producto de CAR T, si lo sabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We know the infusion date (Day 0)</source>
        <translation>Sabemos la fecha de la infusión (Día 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion date</source>
        <translation>Fecha de la infusión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our team gave a date for driving again</source>
        <translation>Nuestro equipo nos dio una fecha para volver a manejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No driving until</source>
        <translation>No manejar hasta</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save the safety kit as PDF</source>
        <translation>Guardar el kit de seguridad como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>KitEntry</name>
    <message>
        <location filename="../cartapp/ui/kit_entry.py" line="+24"/>
        <source>Print a safety kit…</source>
        <translation>Imprimir un kit de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A wallet card, a When to call sheet, a temperature log, a letter for another doctor and a caregiver checklist</source>
        <translation>Una tarjeta de información para el paciente, una hoja de cuándo llamar, un registro de temperatura, una carta para otro médico y una lista para el cuidador</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../cartapp/ui/animation/legend.py" line="+43"/>
        <location line="+8"/>
        <source>Shapes in this scene</source>
        <translation>Figuras de esta escena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>LifeTab</name>
    <message>
        <location filename="../cartapp/ui/tabs/life.py" line="+40"/>
        <source>Pages about life after CAR T</source>
        <translation>Páginas sobre la vida después de CAR T</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page about life after CAR T</source>
        <translation>Página sobre la vida después de CAR T</translation>
    </message>
</context>
<context>
    <name>ListEditing</name>
    <message>
        <location filename="../cartapp/ui/tabs/questions_editing.py" line="+20"/>
        <source>That question is not in this guide&apos;s list.</source>
        <translation>Esa pregunta no está en la lista de esta guía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added: %1</source>
        <translation>Agregada: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your question was added.</source>
        <translation>Se agregó su pregunta.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removed: %1</source>
        <translation>Quitada: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The wording was not changed: %1</source>
        <translation>No se cambió la redacción: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>please type a question</source>
        <translation>escriba una pregunta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ask first: </source>
        <translation>Preguntar primero: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our note: </source>
        <translation>Nuestra nota: </translation>
    </message>
</context>
<context>
    <name>ListFiles</name>
    <message>
        <location filename="../cartapp/ui/tabs/questions_files.py" line="+23"/>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This clears your questions and details.</source>
        <translation>Esto borra sus preguntas y sus datos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A copy of your list is kept: File &gt; Open a previous list… brings it back.</source>
        <translation>Se guarda una copia de su lista: Archivo &gt; Abrir una lista anterior… la recupera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No copy kept</source>
        <translation>No se guardó una copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your list could not be saved. Use Undo right away if you need it back.</source>
        <translation>No se pudo guardar una copia de su lista. Use Deshacer enseguida si la necesita.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your earlier list is back.</source>
        <translation>Su lista anterior está de vuelta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a question list</source>
        <translation>Abrir una lista de preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Question lists (*.json)</source>
        <translation>Listas de preguntas (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save my question list</source>
        <translation>Guardar mi lista de preguntas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved your list to %1</source>
        <translation>Su lista se guardó en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another list?</source>
        <translation>¿Abrir otra lista?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list you have now will be replaced.</source>
        <translation>La lista que tiene ahora será reemplazada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <location filename="../cartapp/ui/speech/listen_bar.py" line="+37"/>
        <location line="+106"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Listen: read %1 aloud</source>
        <translation>Escuchar: leer %1 en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal speed</source>
        <translation>Velocidad normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cartapp/ui/main_window.py" line="+71"/>
        <location filename="../cartapp/ui/window_language.py" line="+109"/>
        <source>Sections of the guide</source>
        <translation>Secciones de la guía</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Added to your questions.</source>
        <translation>Se agregó a sus preguntas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to your questions: %1</source>
        <translation>Se agregó a sus preguntas: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address can be opened at home:
%s</source>
        <translation>Esta dirección se puede abrir en casa:
%s</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/window_menus.py" line="+37"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open question list…</source>
        <translation>&amp;Abrir una lista de preguntas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a p&amp;revious list…</source>
        <translation>Abrir una lista a&amp;nterior…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo replacing my list</source>
        <translation>&amp;Deshacer el cambio de mi lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save question list as…</source>
        <translation>&amp;Guardar la lista de preguntas como…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save sheet as &amp;PDF…</source>
        <translation>Guardar la hoja como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print question sheet…</source>
        <translation>&amp;Imprimir la hoja de preguntas…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print a safety &amp;kit…</source>
        <translation>Imprimir un &amp;kit de seguridad…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset text size</source>
        <translation>&amp;Restablecer el tamaño del texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reduce &amp;motion</source>
        <translation>Reducir el &amp;movimiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regi&amp;on for rules…</source>
        <translation>Regió&amp;n para las reglas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who is reading…</source>
        <translation>&amp;Quién está leyendo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About %s</source>
        <translation>&amp;Acerca de %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sources and review dates</source>
        <translation>&amp;Fuentes y fechas de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Words to know</source>
        <translation>&amp;Palabras que conviene saber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Review pack for clinicians…</source>
        <translation>Paquete de &amp;revisión para clínicos…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved the review pack: %s</source>
        <translation>Se guardó el paquete de revisión: %s</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/window_tabs.py" line="+39"/>
        <source>Our center</source>
        <translation>Nuestro centro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks and side effects</source>
        <translation>Riesgos y efectos secundarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment steps</source>
        <translation>Pasos del tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life after CAR T</source>
        <translation>La vida después de CAR T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions for your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>your center</source>
        <translation>su centro</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/window_navigation.py" line="+55"/>
        <source>Part of this page is shown in English: its translation could not be read.</source>
        <translation>Parte de esta página se muestra en inglés: no se pudo leer su traducción.</translation>
    </message>
</context>
<context>
    <name>MechanismTab</name>
    <message>
        <location filename="../cartapp/ui/tabs/mechanism.py" line="+69"/>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation picture</source>
        <translation>Imagen de la animación</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../cartapp/ui/tabs/mechanism_layout.py" line="+59"/>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Scene {n} of {total}</source>
        <translation>Escena {n} de {total}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Back to the pictures</source>
        <translation>Volver a las imágenes</translation>
    </message>
</context>
<context>
    <name>MyQuestionsView</name>
    <message>
        <location filename="../cartapp/ui/widgets/my_questions.py" line="+18"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My questions, in the order I will ask them</source>
        <translation>Mis preguntas, en el orden en que las haré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to reorder, or use Alt+Up and Alt+Down. Delete removes a question.</source>
        <translation>Arrastre para cambiar el orden, o use Alt+Arriba y Alt+Abajo. Supr quita una pregunta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question up</source>
        <translation>Subir la pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question down</source>
        <translation>Bajar la pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the question</source>
        <translation>Quitar la pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask first</source>
        <translation>Preguntar primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this question first</source>
        <translation>Hacer esta pregunta primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 3 questions print first (Ctrl+Shift+F)</source>
        <translation>Hasta 3 preguntas se imprimen primero (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wording of the selected question</source>
        <translation>Redacción de la pregunta elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our note for this question (optional)</source>
        <translation>Nuestra nota para esta pregunta (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our note for the selected question</source>
        <translation>Nuestra nota para la pregunta elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes are kept as you type.</source>
        <translation>Los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the wording:</source>
        <translation>Cambiar la redacción:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write your own question:</source>
        <translation>Escriba su propia pregunta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a question in your own words</source>
        <translation>Escriba una pregunta con sus propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my question</source>
        <translation>Agregar mi pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my own question to the list</source>
        <translation>Agregar mi propia pregunta a la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2 in the list)</source>
        <translation>%1 (%2 en la lista)</translation>
    </message>
</context>
<context>
    <name>PageLinks</name>
    <message>
        <location filename="../cartapp/ui/widgets/reader_access.py" line="+121"/>
        <source>Links on this page, in reading order</source>
        <translation>Enlaces de esta página, en orden de lectura</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/widgets/reader_links.py" line="+51"/>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows what this word means, under the page</source>
        <translation>Muestra qué significa esta palabra, debajo de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds this question to my questions</source>
        <translation>Agrega esta pregunta a mis preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens another page of the guide</source>
        <translation>Abre otra página de la guía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to this source in the list at the end of the page</source>
        <translation>Va a esta fuente en la lista al final de la página</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goes to this part of the page</source>
        <translation>Va a esta parte de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An outside address; the guide asks before opening it</source>
        <translation>Una dirección de fuera; la guía pregunta antes de abrirla</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../cartapp/ui/widgets/pdf_preview.py" line="+32"/>
        <source>Preview of my question sheet</source>
        <translation>Vista previa de mi hoja de preguntas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sheet page</source>
        <translation>Página de la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this page</source>
        <translation>esta página</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Updating the preview to match your changes…</source>
        <translation>Actualizando la vista previa con sus cambios…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../cartapp/ui/animation/controls.py" line="+44"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous scene</source>
        <translation>Escena anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scene</source>
        <translation>Escena siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay from the start</source>
        <translation>Repetir desde el principio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a scene</source>
        <translation>Elegir una escena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slow (0.5×)</source>
        <translation>Lenta (0,5×)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal (1×)</source>
        <translation>Normal (1×)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast (1.5×)</source>
        <translation>Rápida (1,5×)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Position in the story</source>
        <translation>Lugar en la historia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../cartapp/ui/kiosk/printer_choice.py" line="+25"/>
        <location line="+1"/>
        <source>Choose a printer</source>
        <translation>Elegir una impresora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which printer?</source>
        <translation>¿Qué impresora?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is set up here. Please ask a staff member.</source>
        <translation>Aquí no hay ninguna impresora configurada. Pida ayuda a alguien del personal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (usual printer)</source>
        <translation> (impresora habitual)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back, without printing</source>
        <translation>Atrás, sin imprimir</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../cartapp/ui/printing.py" line="+94"/>
        <source>Print my questions</source>
        <translation>Imprimir mis preguntas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The printer did not answer in time. Check that it is on, then try again.</source>
        <translation>La impresora no respondió a tiempo. Revise que esté encendida y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The print service could not be started ({reason}).</source>
        <translation>No se pudo iniciar el servicio de impresión ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer did not accept the sheet: {reason}.</source>
        <translation>La impresora no aceptó la hoja: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer did not accept the sheet.</source>
        <translation>La impresora no aceptó la hoja.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The printer {name} is not answering ({state}).</source>
        <translation>La impresora {name} no responde ({state}).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>QuestionFinder</name>
    <message>
        <location filename="../cartapp/ui/widgets/question_finder.py" line="+44"/>
        <source>Find questions</source>
        <translation>Buscar preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search all questions</source>
        <translation>Buscar en todas las preguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question topic</source>
        <translation>Tema de la pregunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only teens&apos; own questions</source>
        <translation>Solo las preguntas de los adolescentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only questions marked Teen</source>
        <translation>Mostrar solo las preguntas marcadas como Adolescente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions you can add, under topic headings</source>
        <translation>Preguntas que puede agregar, por temas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or choose Add to put the selected question on your list.</source>
        <translation>Pulse Intro o elija Agregar para poner la pregunta elegida en su lista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to my questions</source>
        <translation>Agregar a mis preguntas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected question to my questions</source>
        <translation>Agregar la pregunta elegida a mis preguntas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the selected question</source>
        <translation>la pregunta elegida</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>For you: questions in a teen&apos;s or young adult&apos;s own words</source>
        <translation>Para usted: preguntas con las palabras de un adolescente o un adulto joven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start here: %1 questions most families ask</source>
        <translation>Empiece aquí: %1 preguntas que hacen casi todas las familias</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No questions match. You can write your own.</source>
        <translation>Ninguna pregunta coincide. Puede escribir la suya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Heading: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>[Teen] </source>
        <translation>[Adolescente] </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>On your list: </source>
        <translation>En su lista: </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Teen question: </source>
        <translation>Pregunta de adolescente: </translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../cartapp/ui/tabs/questions.py" line="+192"/>
        <source>Ask first: </source>
        <translation>Preguntar primero: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our note: </source>
        <translation>Nuestra nota: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No questions yet. Add some from the list, or write your own.</source>
        <translation>Todavía no hay preguntas. Agregue algunas de la lista, o escriba las suyas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n questions.</source>
        <translation>
            <numerusform>%n pregunta.</numerusform>
            <numerusform>%n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 marked to ask first.</source>
        <translation>%1 de %2 marcadas para preguntar primero.</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/tabs/questions_layout.py" line="+35"/>
        <source>Choose the questions you want to ask, put them in order, and print them to take to your appointment.</source>
        <translation>Elija las preguntas que quiere hacer, póngalas en orden e imprímalas para llevarlas a su cita.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About this sheet (optional)</source>
        <translation>Sobre esta hoja (opcional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Include our treatment dates</source>
        <translation>Incluir nuestras fechas del tratamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each question in English too</source>
        <translation>Cada pregunta también en inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print each question in English too</source>
        <translation>Imprimir cada pregunta también en inglés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the sheet</source>
        <translation>Ver la hoja antes de imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the sheet as a PDF file</source>
        <translation>Guardar la hoja como archivo PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over with an empty sheet</source>
        <translation>Empezar de nuevo con una hoja vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print or save</source>
        <translation>Imprimir o guardar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Questions for your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this tab</source>
        <translation>Sobre esta sección</translation>
    </message>
</context>
<context>
    <name>ReaderTab</name>
    <message>
        <location filename="../cartapp/ui/tabs/reader_tab.py" line="+70"/>
        <source>Question list message</source>
        <translation>Mensaje de la lista de preguntas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About this page</source>
        <translation>Sobre esta página</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The rules by country could not be loaded ({0}). Follow the written rules your center gives you.</source>
        <translation>No se pudieron cargar las reglas de cada país ({0}). Siga las reglas escritas que le dé su centro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules shown for: {0} (set by your clinic).</source>
        <translation>Reglas que se muestran para: {0} (las fija su clínica).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules shown for: {0}. To change it, use View, then Region.</source>
        <translation>Reglas que se muestran para: {0}. Para cambiarlo, use Ver y luego Región.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../cartapp/ui/animation/reading.py" line="+31"/>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last checked against its sources: {date}</source>
        <translation>Revisado con sus fuentes el {date}</translation>
    </message>
</context>
<context>
    <name>ReviewPackExport</name>
    <message>
        <location filename="../cartapp/ui/review_pack_export.py" line="+21"/>
        <source>Save the review pack for clinicians</source>
        <translation>Guardar el paquete de revisión para clínicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The review pack could not be made: %s</source>
        <translation>No se pudo hacer el paquete de revisión: %s</translation>
    </message>
</context>
<context>
    <name>SheetDetails</name>
    <message>
        <location filename="../cartapp/ui/widgets/sheet_details.py" line="+33"/>
        <location line="+42"/>
        <source>Child&apos;s name</source>
        <translation>Nombre del niño o niña</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Prepared by</source>
        <translation>Preparada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor or care team</source>
        <translation>Médico o equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>We have an appointment date</source>
        <translation>Tenemos fecha de cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes for the sheet</source>
        <translation>Notas para la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else you want the team to know</source>
        <translation>Cualquier otra cosa que quiera que sepa el equipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Child&apos;s name:</source>
        <translation>Nombre del niño o niña:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Prepared by:</source>
        <translation>Preparada por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor or care team:</source>
        <translation>Médico o equipo de atención:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient&apos;s name:</source>
        <translation>Nombre del paciente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The notes can hold %1 characters.</source>
        <translation>Las notas pueden tener %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>SheetOutput</name>
    <message>
        <location filename="../cartapp/ui/sheet_output.py" line="+31"/>
        <source>Your pages are printing. You can pick them up at the printer.</source>
        <translation>Sus páginas se están imprimiendo. Puede recogerlas en la impresora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer did not respond. Please ask a staff member.</source>
        <translation>La impresora no respondió. Pida ayuda a alguien del personal.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Making your question sheet…</source>
        <translation>Preparando su hoja de preguntas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot make the sheet</source>
        <translation>No se puede hacer la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending your sheet to the printer…</source>
        <translation>Enviando su hoja a la impresora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the sheet to %1</source>
        <translation>La hoja se guardó en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of my question sheet</source>
        <translation>Vista previa de mi hoja de preguntas</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %n pages to the printer.</source>
        <translation>Se enviaron %n páginas a la impresora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/kit_dialog.py" line="-92"/>
        <source>Making your safety kit…</source>
        <translation>Preparando su kit de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot make the kit</source>
        <translation>No se puede hacer el kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending your kit to the printer…</source>
        <translation>Enviando su kit a la impresora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the kit to %1</source>
        <translation>El kit se guardó en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of my safety kit</source>
        <translation>Vista previa de mi kit de seguridad</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/printing.py" line="-252"/>
        <source>No printer is set up on this computer. You can save the sheet as a PDF and print it elsewhere.</source>
        <translation>Esta computadora no tiene ninguna impresora configurada. Puede guardar la hoja como PDF e imprimirla en otro lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing was cancelled. Nothing was sent to the printer.</source>
        <translation>Se canceló la impresión. No se envió nada a la impresora.</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <location filename="../cartapp/ui/tabs/questions_output.py" line="+80"/>
        <source>Some text cannot be printed</source>
        <translation>Hay texto que no se puede imprimir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the sheet as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../cartapp/ui/kiosk/start_screen.py" line="+241"/>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Bienvenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic logo</source>
        <translation>Logotipo de la clínica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A plain-language guide to CAR T-cell therapy for children, teens and young adults with leukemia, and their families.</source>
        <translation>Una guía en palabras sencillas sobre la terapia de células T con CAR para niños, adolescentes y adultos jóvenes con leucemia, y para sus familias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is reading?</source>
        <translation>¿Quién está leyendo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is reading</source>
        <translation>Quién está leyendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the guide</source>
        <translation>Abre la guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you finish, everything you entered is cleared.</source>
        <translation>Cuando termine, se borra todo lo que escribió.</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <location filename="../cartapp/ui/widgets/step_details.py" line="+64"/>
        <source>Our estimated dates (typical):</source>
        <translation>Nuestras fechas aproximadas (lo típico):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in 2025:</source>
        <translation>Cambió en 2025:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do or bring</source>
        <translation>Lo que puede hacer o llevar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long</source>
        <translation>Cuánto dura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is involved</source>
        <translation>Quiénes participan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last checked: {0}</source>
        <translation>Revisado por última vez: {0}</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../cartapp/ui/kiosk/overlay.py" line="+153"/>
        <location line="+1"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps everything you entered</source>
        <translation>Guarda todo lo que escribió</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>Everything you entered will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Todo lo que escribió se borrará en %n segundo.</numerusform>
            <numerusform>Todo lo que escribió se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../cartapp/ui/tabs/timeline.py" line="+213"/>
        <source>Calendar not saved</source>
        <translation>No se guardó el calendario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save to calendar</source>
        <translation>Guardar en el calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Added to my questions</source>
        <translation>Agregada a mis preguntas</translation>
    </message>
    <message>
        <location filename="../cartapp/ui/tabs/timeline_layout.py" line="+52"/>
        <source>Treatment steps</source>
        <translation>Pasos del tratamiento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Good to know:</source>
        <translation>Es bueno saber:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About this step</source>
        <translation>Sobre este paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions you may want to ask</source>
        <translation>Preguntas que quizás quiera hacer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Our dates</source>
        <translation>Nuestras fechas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which date do you know?</source>
        <translation>¿Qué fecha sabe?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The infusion day (Day 0)</source>
        <translation>El día de la infusión (Día 0)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cell collection day</source>
        <translation>El día en que se recolectan las células</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date you know</source>
        <translation>La fecha que sabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay near the center: days your center asks for</source>
        <translation>Quedarse cerca del centro: los días que pide su centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to stay near the center</source>
        <translation>Días para quedarse cerca del centro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No driving: days your center asks for</source>
        <translation>No manejar: los días que pide su centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of no driving</source>
        <translation>Días sin manejar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Clear our dates</source>
        <translation>Borrar nuestras fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to calendar…</source>
        <translation>Guardar en el calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save our dates to a calendar file</source>
        <translation>Guardar nuestras fechas en un archivo de calendario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add to my questions</source>
        <translation>Agregar a mis preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to my questions: {0}</source>
        <translation>Agregar a mis preguntas: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not given yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>TimelineTrack</name>
    <message>
        <location filename="../cartapp/ui/widgets/timeline_track.py" line="+201"/>
        <source>Treatment steps: step {0} of {1}. Use the arrow keys to move.</source>
        <translation>Pasos del tratamiento: paso {0} de {1}. Use las flechas para moverse.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../cartapp/ui/kiosk/touch_keyboard.py" line="+54"/>
        <location line="+29"/>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+16"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Hide keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../cartapp/ui/first_run.py" line="+32"/>
        <source>I am a parent or caregiver</source>
        <translation>Soy madre, padre o cuidador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am the patient (a teen or young adult)</source>
        <translation>Soy el paciente (adolescente o adulto joven)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Welcome</source>
        <translation>Bienvenidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Who is reading?</source>
        <translation>¿Quién está leyendo?</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+26"/>
        <source>Where is your child treated?</source>
        <translation>¿Dónde recibe tratamiento su hijo(a)?</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Two quick questions so the guide speaks to you. You can change both later in the View menu.</source>
        <translation>Dos preguntas rápidas para que la guía le hable a usted. Puede cambiar las dos después en el menú Ver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This changes how the guide speaks to you. It never hides anything.</source>
        <translation>Esto cambia cómo le habla la guía. Nunca oculta nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some rules after CAR T, like how long to stay near the center and when driving is safe, differ by country.</source>
        <translation>Algunas reglas después de CAR T, como cuánto tiempo quedarse cerca del centro y cuándo es seguro manejar, cambian según el país.</translation>
    </message>
</context>
</TS>
