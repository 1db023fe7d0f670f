#include "processtool.h"

ProcessTool::ProcessTool(ProcessScene *scene)
    : m_scene(scene)
{}

ProcessTool::~ProcessTool() = default;
