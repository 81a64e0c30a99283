import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Styles
import Kiosk
import "components"
import "keyboard"

ApplicationWindow {
    id: root
    objectName: "mainWindow"
    width: vm.windowWidth
    height: vm.windowHeight
    visible: true
    title: qsTrId("app.window_title")
    color: Theme.background
    font.family: "WenQuanYi Micro Hei"

    Component.onCompleted: {
        showScreen()
        // Our own keyboard layouts (keyboard/LetterKeys.qml …), next to this file wherever the terminal
        // is installed: 长辈版's alphabetical letters, a full-width keypad with X for ID numbers.
        VirtualKeyboardSettings.layoutPath = Qt.resolvedUrl("keyboard/layouts")
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
        VirtualKeyboardSettings.locale = vm.language
    }
    Connections {
        target: vm
        function onLanguageSwitched(language) { VirtualKeyboardSettings.locale = language }
    }

    header: Rectangle {
        objectName: "statusBar"
        height: Theme.headerHeight
        color: Theme.brand
        // Technician entry: five taps within 3 s on the top-left corner open the PIN pad.
        MouseArea {
            objectName: "technicianGesture"
            x: 0; y: 0; width: 160; height: parent.height
            z: 5
            property int taps: 0
            property double firstTap: 0
            // Not announced to screen readers: it is for technicians only and has no visible control.
            Accessible.ignored: true
            onClicked: {
                var now = Date.now()
                if (taps === 0 || now - firstTap > 3000) { taps = 0; firstTap = now }
                taps += 1
                if (taps >= 5) {
                    taps = 0
                    if (typeof tech !== "undefined") tech.openPad()
                }
            }
        }
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 40
            anchors.rightMargin: 40
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "brandName"
                    // 长辈版's larger letters leave room for the site's name only (where am I), not the brand too.
                    text: Theme.elder ? vm.siteName : vm.brandName + " · " + vm.siteName
                    color: Theme.onBrand
                    font.pixelSize: Theme.smallSize
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "platformStatus"
                    // The sign differs as well as the colour: colour is never the only cue.
                    // One source of truth (errands.linkState); the sign differs as well as the colour.
                    text: (errands.linkState === "up" ? "● " : errands.linkState === "down" ? "▲ " : "… ") + errands.linkText
                    color: errands.linkState === "down" ? Theme.headerWarn : Theme.headerOk
                    font.pixelSize: Theme.smallSize
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "screenTitle"
                    text: vm.title
                    color: Theme.onBrand
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ColumnLayout {
                    spacing: 0
                    Text { objectName: "clockText"; text: vm.clockText; color: Theme.onBrand; font.pixelSize: Theme.smallSize + 6; Layout.alignment: Qt.AlignRight }
                }
            }
        }
    }

    footer: AccessBar {
        visible: !inputPanel.active && !(typeof tech !== "undefined" && tech.isOpen)
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        // The help panel takes its own room above the access bar: the screen's buttons stay reachable.
        // With the keyboard up the screen ends at the keyboard's top edge (the access bar is hidden
        // then, and the window's content reaches the bottom: measured, not assumed).
        anchors.bottomMargin: inputPanel.active ? Math.max(0, parent.height - inputPanel.y)
                              : (helpPanel.visible ? helpPanel.height + 32 : 0)
        // The screen shown (root.showScreen): vm.screen, except while the form is still being built.
        property string screen: ""
        source: screen === "" ? "" : "screens/" + screen + ".qml"
        // The screen before the form stays in sight until the form is complete, but takes no more taps.
        enabled: screen === vm.screen
    }

    // The form screen has a loader of its own. Built when the tap came, its ~400 items held the UI
    // thread ~35 ms in one piece (benchmarks/responsiveness.py). Now it is built while the citizen
    // reads the guide of an item filed here, asynchronously (a few ms at a time between events, so
    // the guide keeps answering) and hidden; 开始申请 then only shows it. It is kept while the citizen
    // checks the review screen, for 返回, and while the filing is stored (a refused store goes back to
    // review). Whoever reaches the form before it is complete goes on
    // seeing the screen before it until it is: never half a form.
    Loader {
        id: formLoader
        objectName: "formLoader"
        anchors.fill: screenLoader
        asynchronous: true
        active: vm.screen === "form" || vm.screen === "review" || vm.screen === "submit" || (vm.screen === "guide" && vm.formReady)
        source: "screens/form.qml"
        visible: vm.screen === "form" && root.formSettled
    }
    // The citizen tapped 开始申请 and the form is still being built: it is finished at once, in one
    // piece, after 400 ms. Qt's incubation of an asynchronous Loader can stop half-way and never
    // resume (seen in the soak: the guide stayed on screen, taking no taps, until the idle timeout,
    // the form's loader not Ready, about once in 15–60 sessions under load); a Loader finishes an
    // incubation in progress synchronously when it stops being asynchronous.
    Timer {
        objectName: "formLoadRescue"
        interval: 400
        running: vm.screen === "form" && formLoader.active && formLoader.status === Loader.Loading
        onTriggered: {
            vm.formFinishedAtOnce()
            formLoader.asynchronous = false
        }
    }
    // A moment after the guide of an item filed here shows (its first frame first), the form's rows
    // are made, and formLoader becomes active.
    Timer {
        interval: 150
        running: vm.screen === "guide" && vm.guide.online === true && !vm.formReady
        onTriggered: vm.prepareForm()
    }
    // Complete, and laid out: the layouts of a just completed form settle when the window next
    // polishes, before it renders. Shown before that, its fields were briefly at their first size
    // (a text field 50 px high instead of 96), and a tap could land on them there.
    property bool formSettled: false
    // 提交 stores the filing on a worker (a few ms): the review screen stays meanwhile, taking no
    // taps, and the receipt follows. Only a store that takes longer than 300 ms (a slow disk) shows
    // the submit screen (正在保存) in between, as the busy sign does elsewhere.
    property bool submitLong: false
    Timer {
        interval: 300
        running: vm.screen === "submit"
        onTriggered: { root.submitLong = true; root.showScreen() }
    }
    function showScreen() {
        if (vm.screen !== "submit")
            submitLong = false
        else if (!submitLong && screenLoader.screen !== "")
            return
        if (vm.screen !== "form")
            screenLoader.screen = vm.screen
        else if (formSettled)
            screenLoader.screen = ""
    }
    Connections {
        target: vm
        function onChanged() { root.showScreen() }
    }
    Connections {
        target: formLoader
        function onStatusChanged() {
            root.formSettled = false
            if (formLoader.status === Loader.Null)
                formLoader.asynchronous = true  // the next form is built in the background again
            if (formLoader.status === Loader.Ready)
                root.update()  // a frame, so the polish comes (afterAnimating follows it)
            root.showScreen()
        }
    }
    Connections {
        target: root
        enabled: formLoader.status === Loader.Ready && !root.formSettled
        // emitted on the UI thread after the window polished its items, before the scene is synced
        function onAfterAnimating() {
            root.formSettled = true
            root.showScreen()
        }
    }

    // A card that cannot be used, on any screen (the home screen too): why, at once, in words.
    Notice {
        objectName: "cardProblem"
        visible: vm.cardProblem !== "" && vm.screen === "idle"
        text: vm.cardProblem
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        z: 7
    }

    // Whenever the citizen waits on the terminal for more than 300 ms: a visible sign that it works.
    Rectangle {
        id: busy
        objectName: "busyIndicator"
        property bool shown: false
        visible: shown
        // Low on the screen, above the buttons' row: never over what the citizen is reading.
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.touchTarget * 2 + Theme.margin
        width: busyColumn.implicitWidth + 64
        height: busyColumn.implicitHeight + 48
        radius: 24
        color: Theme.surface
        border.color: Theme.brand
        border.width: 3
        z: 6
        RowLayout {
            id: busyColumn
            anchors.centerIn: parent
            spacing: 16
            // Drawn here rather than the style's BusyIndicator, which left an empty square on the
            // software renderer (seen on the screenshot): a ring with a dot going round it.
            Item {
                objectName: "busySpinner"
                implicitWidth: 72
                implicitHeight: 72
                Rectangle {
                    anchors.fill: parent
                    radius: width / 2
                    color: "transparent"
                    border.color: Theme.disabledBg
                    border.width: 8
                }
                Item {
                    anchors.fill: parent
                    RotationAnimation on rotation {
                        running: busy.shown
                        from: 0; to: 360; duration: 1000
                        loops: Animation.Infinite
                    }
                    Rectangle { x: parent.width / 2 - 12; y: -2; width: 24; height: 24; radius: 12; color: Theme.brand }
                }
            }
            Text { text: qsTrId("common.waiting"); font.pixelSize: Theme.bodySize; color: Theme.text }
        }
        Timer { id: busyDelay; interval: 300; onTriggered: busy.shown = errands.waiting }
        Connections {
            target: errands
            function onChanged() {
                if (errands.waiting && !busy.shown && !busyDelay.running) busyDelay.restart()
                if (!errands.waiting) { busyDelay.stop(); busy.shown = false }
            }
        }
    }

    HelpPanel {
        id: helpPanel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16
        z: 8
    }

    LanguageOffer {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 24
        z: 9
    }

    // The idle countdown. It covers the whole screen so that a tap meant to stay can never land on a
    // control underneath (such as "返回首页") while the warning disappears.
    Item {
        objectName: "timeoutWarning"
        visible: vm.warningSeconds >= 0
        anchors.fill: parent
        z: 10
        MouseArea {
            anchors.fill: parent
            onPressed: vm.touch()
            Accessible.role: Accessible.Button
            Accessible.name: qsTrId("timeout.continue")
            Accessible.onPressAction: vm.touch()
        }
        Rectangle { anchors.fill: parent; color: Theme.scrim }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.bottomMargin: inputPanel.active ? inputPanel.height : 0
            height: timeoutColumn.implicitHeight + 80
            color: Theme.noticeBg
            border.color: Theme.noticeBorder
            border.width: 4
            ColumnLayout {
                id: timeoutColumn
                anchors.centerIn: parent
                width: parent.width - 80
                spacing: 20
                Text {
                    objectName: "timeoutText"
                    text: (vm.warningSeconds === 1 ? qsTrId("timeout.warning.one") : qsTrId("timeout.warning")).arg(vm.warningSeconds)
                    font.pixelSize: Theme.bodySize
                    color: Theme.noticeText
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                BigButton {
                    objectName: "continueButton"
                    text: qsTrId("timeout.continue")
                    Layout.alignment: Qt.AlignHCenter
                    onPressed: vm.touch()
                }
            }
        }
    }

    // Technician screens, above every citizen screen; they exist only while technician mode is open.
    Loader {
        objectName: "technicianLoader"
        anchors.fill: parent
        anchors.bottomMargin: inputPanel.active ? inputPanel.height : 0
        z: 15
        active: typeof tech !== "undefined" && tech.isOpen
        source: "technician/TechnicianOverlay.qml"
    }

    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        z: 20
        y: active ? root.height - root.header.height - height : root.height
        anchors.left: parent.left
        anchors.right: parent.right
    }

    // The field being typed in stays in sight above the keyboard: when the keyboard comes up (or
    // grows, or another field takes the focus) the screen's scrolling area, now shorter, is moved so
    // the field sits above the keys. Without this, a field in the lower half of a long form (长辈版's
    // big type) ended up behind the keypad and the citizen typed blind.
    function keepFocusInSight() {
        var item = root.activeFocusItem
        if (!item || !inputPanel.active) return
        var flick = item.parent
        while (flick && !(flick instanceof Flickable)) flick = flick.parent
        if (!flick) return
        var top = item.mapToItem(flick.contentItem, 0, 0).y
        var room = Theme.spacing
        var most = Math.max(0, flick.contentHeight - flick.height)
        if (top + item.height + room > flick.contentY + flick.height)
            flick.contentY = Math.min(most, top + item.height + room - flick.height)
        if (top - room < flick.contentY)
            flick.contentY = Math.max(0, top - room)
    }
    // after the layouts have taken the screen's new height
    Timer { id: focusInSight; interval: 80; onTriggered: root.keepFocusInSight() }
    onActiveFocusItemChanged: focusInSight.restart()
    Connections {
        target: inputPanel
        function onActiveChanged() { focusInSight.restart() }
        function onHeightChanged() { focusInSight.restart() }
    }

    // Qt's keyboard in the Theme's keyboard colours (measured by the contrast test).
    KeyboardPaint {
        objectName: "keyboardPaint"
        style: inputPanel.keyboard.style
    }

    // Qt's keyboard keeps its style's aspect ratio (2560 × 800 design units): at 1080 px wide its rows
    // of keys would be ~83 px high, below the 96 px (standard) and 120 px (长辈版) rules. A narrower
    // design width makes the keyboard taller at the same width: each row is then one Theme.keySize
    // high (+2 % for the style's top and bottom margins), and the style's labels grow with it (its
    // scaleHint is height / design height). Our layouts (keyboard/*.qml) say how many rows they show:
    // four, five for 长辈版's alphabetical letters.
    readonly property int keyboardRows: {
        var layout = inputPanel.keyboard.keyboardLayoutLoader.item
        return layout && layout.rows ? layout.rows : 4
    }
    Binding {
        target: inputPanel.keyboard.style
        when: inputPanel.keyboard.style !== null && inputPanel.width > 0
        property: "keyboardDesignWidth"
        value: inputPanel.keyboard.style
               ? inputPanel.keyboard.style.keyboardDesignHeight * inputPanel.width / (Theme.keySize * root.keyboardRows * 1.02)
               : 2560
        restoreMode: Binding.RestoreBinding
    }
    // The pinyin candidates and the long-press alternatives are touch targets too: Qt's candidate is
    // as wide as its word (~80 px for one character) in 29 px type; ours is one touch target at least,
    // in body type, in the style's own colours.
    Binding {
        target: inputPanel.keyboard.style
        when: inputPanel.keyboard.style !== null
        property: "selectionListDelegate"
        value: candidateDelegate
        restoreMode: Binding.RestoreBinding
    }
    Component {
        id: candidateDelegate
        SelectionListItem {
            id: candidate
            width: Math.max(Theme.touchTarget, candidateLabel.implicitWidth + 2 * Theme.spacing)
            Text {
                id: candidateLabel
                anchors.centerIn: parent
                text: display
                color: inputPanel.keyboard.style.selectionListTextColor
                font.pixelSize: Theme.bodySize
            }
            Rectangle {
                width: 3
                height: parent.height / 2
                anchors.verticalCenter: parent.verticalCenter
                anchors.right: parent.left
                color: inputPanel.keyboard.style.selectionListSeparatorColor
            }
        }
    }
    // The candidate strip builds only the candidates in sight. With Qt's 320 px cache buffer it also
    // built the ones past the right edge in the background, and the pinyin engine, which replaces its
    // candidates at every committed character, often emptied the list before they were done: Qt then
    // printed "DelegateModel::cancel: index out range 14 0" at each name typed. One of ours is at least a
    // touch target wide, so a swipe builds the next few at once.
    Binding {
        target: inputPanel.keyboard.wordCandidateView
        when: inputPanel.keyboard.wordCandidateView !== null
        property: "cacheBuffer"
        value: 0
        restoreMode: Binding.RestoreBinding
    }
    Binding {
        target: inputPanel.keyboard.style
        when: inputPanel.keyboard.style !== null
        property: "selectionListHeight"
        value: Theme.touchTarget
        restoreMode: Binding.RestoreBinding
    }
    Binding {
        target: inputPanel.keyboard.style
        when: inputPanel.keyboard.style !== null
        property: "alternateKeysListItemHeight"
        value: Theme.touchTarget
        restoreMode: Binding.RestoreBinding
    }
    Binding {
        target: inputPanel.keyboard.style
        when: inputPanel.keyboard.style !== null
        property: "alternateKeysListItemWidth"
        value: Theme.touchTarget
        restoreMode: Binding.RestoreBinding
    }
    // The globe key switches straight between the two languages: Qt's style would open a list of
    // languages instead, whose rows are ~60 px high in 长辈版, half a touch target.
    Binding {
        target: inputPanel.keyboard.style
        when: inputPanel.keyboard.style !== null
        property: "languagePopupListEnabled"
        value: false
        restoreMode: Binding.RestoreBinding
    }
}
